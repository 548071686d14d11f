#!/usr/bin/env node
// The command line is TypeScript in src/cli; tsx loads it without a build step,
// so `npx coauthor-atlas …` works right after `npm ci`.
import { register } from "tsx/esm/api";
import { fileURLToPath } from "node:url";

register();
const entry = new URL("../src/cli/main.ts", import.meta.url);
const { main } = await import(fileURLToPath(entry));
process.exitCode = await main(process.argv.slice(2));
