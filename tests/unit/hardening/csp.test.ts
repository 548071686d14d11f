import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { APP_CSP, CSP_DIRECTIVES, inlineScriptHashes, metaCsp, withInlineScriptHashes } from "../../../tools/csp.ts";
import config from "../../../vite.config.ts";

const INDEX = readFileSync(new URL("../../../index.html", import.meta.url), "utf8");

describe("the app's Content-Security-Policy", () => {
  it("is the same text in index.html's meta and in vite preview's header", () => {
    expect(metaCsp(INDEX)).toBe(APP_CSP);
    expect((config as { preview?: { headers?: Record<string, string> } }).preview?.headers?.["Content-Security-Policy"]).toBe(APP_CSP);
  });

  it("forbids inline script, eval and every other origin", () => {
    expect(CSP_DIRECTIVES["script-src"]).toBe("'self'");
    expect(APP_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(APP_CSP).toContain("object-src 'none'");
    expect(APP_CSP).toContain("base-uri 'none'");
    expect(APP_CSP).toContain("form-action 'none'");
    expect(APP_CSP).toContain("connect-src 'self';");
  });

  it("index.html itself has no inline script or inline event handler", () => {
    expect(inlineScriptHashes(INDEX)).toEqual([]);
    expect(INDEX).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

describe("withInlineScriptHashes (the single-file build)", () => {
  const page = `<head><meta http-equiv="Content-Security-Policy" content="${APP_CSP}" /></head><body><script type="module">console.log(1)</script><script type="application/json" id="d">{"a":1}</script></body>`;

  it("allows exactly the page's executable inline scripts by sha256", () => {
    const expected = `'sha256-${createHash("sha256").update("console.log(1)").digest("base64")}'`;
    expect(inlineScriptHashes(page)).toEqual([expected]);
    const policy = metaCsp(withInlineScriptHashes(page));
    expect(policy).toContain(`script-src 'self' ${expected};`);
    expect(policy).toContain("object-src 'none'");
  });

  it("leaves a page without the app's CSP unchanged", () => {
    const plain = "<html><script>alert(1)</script></html>";
    expect(withInlineScriptHashes(plain)).toBe(plain);
  });
});
