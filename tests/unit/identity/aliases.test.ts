import { describe, expect, it } from "vitest";
import { parseAliasFile } from "../../../src/identity/index.ts";

describe("parseAliasFile", () => {
  it("reads the documented format", () => {
    const { aliases, diagnostics } = parseAliasFile(
      '{"merge": [["Vinay Ramasesh","V. V. Ramasesh"]], "split": [["J. Smith","John Smith"]]}',
    );
    expect(aliases).toEqual({ merge: [["Vinay Ramasesh", "V. V. Ramasesh"]], split: [["J. Smith", "John Smith"]] });
    expect(diagnostics).toEqual([]);
  });

  it("tolerates bad JSON with an error diagnostic and no aliases", () => {
    const { aliases, diagnostics } = parseAliasFile('{"merge": [["a", "b"]');
    expect(aliases).toEqual({});
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: "error", where: "whole file" });
    expect(diagnostics[0].message).toMatch(/^not valid JSON/);
  });

  it("drops malformed groups and values with warnings, keeps the rest", () => {
    const { aliases, diagnostics } = parseAliasFile(
      JSON.stringify({ merge: [["Only One"], "not a list", ["A  B", 7, "A B", "C D"]], split: {}, extra: 1 }),
      "aliases.json",
    );
    expect(aliases).toEqual({ merge: [["A B", "C D"]] });
    expect(diagnostics.map((d) => d.where)).toEqual(["extra", "merge[0]", "merge[1]", "merge[2]", "split"]);
    expect(diagnostics.every((d) => d.file === "aliases.json" && d.level === "warning")).toBe(true);
  });

  it("rejects a top level that is not an object", () => {
    expect(parseAliasFile("[1,2]").diagnostics[0].level).toBe("error");
    expect(parseAliasFile("null").aliases).toEqual({});
  });
});
