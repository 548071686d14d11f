/**
 * Alias files: a person's decisions that win over the identity rules.
 *
 * ```json
 * {
 *   "merge": [["Vinay Ramasesh", "V. V. Ramasesh"]],
 *   "split": [["J. Smith", "John Smith"]]
 * }
 * ```
 * `merge`: each group is one person; the first name is its display name.
 * `split`: the forms of a group stay different people even where the rules would merge them.
 * Names are matched by their folded key (case, accents, punctuation, `Last, First` order ignored).
 */
import type { AliasFile, Diagnostic } from "../model/types.ts";
import { cleanName } from "./fold.ts";

const WHERE_FILE = "alias file";

export function parseAliasFile(text: string, file = WHERE_FILE): { aliases: AliasFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (where: string, message: string, level: Diagnostic["level"] = "warning"): void => {
    diagnostics.push({ file, where, level, message });
  };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    problem("whole file", `not valid JSON (${(error as Error).message}); no aliases applied`, "error");
    return { aliases: {}, diagnostics };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    problem("whole file", 'expected an object like {"merge": [[…]], "split": [[…]]}; no aliases applied', "error");
    return { aliases: {}, diagnostics };
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== "merge" && key !== "split") problem(key, `unknown key "${key}" ignored (expected "merge" and "split")`);
  }
  const aliases: AliasFile = {};
  for (const kind of ["merge", "split"] as const) {
    if (record[kind] === undefined) continue;
    const groups = readGroups(record[kind], kind, problem);
    if (groups.length > 0) aliases[kind] = groups;
  }
  return { aliases, diagnostics };
}

function readGroups(
  value: unknown,
  kind: "merge" | "split",
  problem: (where: string, message: string) => void,
): string[][] {
  if (!Array.isArray(value)) {
    problem(kind, `"${kind}" must be a list of name groups; ignored`);
    return [];
  }
  const groups: string[][] = [];
  value.forEach((group, index) => {
    const where = `${kind}[${index}]`;
    if (!Array.isArray(group)) {
      problem(where, "a group must be a list of names; ignored");
      return;
    }
    const names: string[] = [];
    for (const item of group) {
      const name = typeof item === "string" ? cleanName(item) : "";
      if (name === "") problem(where, `ignored a value that is not a name: ${JSON.stringify(item)?.slice(0, 60)}`);
      else if (!names.includes(name)) names.push(name);
    }
    if (names.length < 2) {
      problem(where, "a group needs at least two different names; ignored");
      return;
    }
    groups.push(names);
  });
  return groups;
}
