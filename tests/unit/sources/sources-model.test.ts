/** The pure parts of the sources UI: paper notes, suggestion rows, alias decisions, rebuild inputs, kept positions. */
import { describe, expect, it } from "vitest";
import type { AtlasFile, Paper, Suggestion } from "../../../src/model/types.ts";
import { aliasFileText, combineAliasFiles, paperSourceNotes, suggestionRows, withDecision } from "../../../src/panels/sources-model.ts";
import { APP_ALIAS_INPUT, keepPositions, rebuildInputs } from "../../../src/app/sources.ts";
import { parseAliasFile } from "../../../src/identity/aliases.ts";

const paper: Paper = {
  id: "doi:10.1/x",
  title: "Derived universal Massey products",
  authors: [],
  authorsTruncated: false,
  hyperauthored: false,
  preprintArxiv: "2109.01421",
  sources: [
    { file: "../shared/corpus/other/openalex-works-muro.json", where: "item 37" },
    { file: "crossref-generated-muro.bib", where: "key Muro_2023" },
    { file: "../shared/corpus/other/openalex-works-muro.json", where: "item 55" },
  ],
};

const suggestion: Suggestion = {
  id: "hans-joachim-baues~hans-joachim-bauer",
  personIds: ["hans-joachim-baues", "hans-joachim-bauer"],
  names: ["Hans-Joachim Baues", "Hans Joachim Bauer"],
  aliasNames: ["Baues, Hans-Joachim", "Bauer, Hans Joachim"],
  evidence: { sharedCoauthors: ["Fernando Muro"], samePapers: ["Smash Products for Secondary Homotopy Groups"], similarity: "family names one letter apart (Baues / Bauer), same given names" },
  score: 0.7,
};

describe("paper notes", () => {
  it("names each source file once, the preprint, and OpenAlex's doubt with its reason", () => {
    expect(paperSourceNotes(paper)).toEqual(["From: openalex-works-muro.json, crossref-generated-muro.bib", "Also as preprint arXiv:2109.01421"]);
    const suspect = { ...paper, preprintArxiv: undefined, suspectAuthors: true, sources: [{ file: "w.json", where: "item 3" }] };
    const diagnostics = [{ file: "w.json", where: "item 3", level: "warning" as const, message: "Author list looks corrupted: 120 authors, 3 with ids." }];
    expect(paperSourceNotes(suspect, diagnostics)).toEqual([
      "From: w.json",
      "OpenAlex's author list for this work looks corrupted: 120 authors, 3 with ids. The authors shown may be wrong.",
    ]);
  });
});

describe("suggestions and the alias file", () => {
  it("rows say the evidence in words, and hide pairs whose people are gone", () => {
    const atlas = { suggestions: [suggestion], people: [{ id: "hans-joachim-baues" }, { id: "hans-joachim-bauer" }] } as unknown as AtlasFile;
    expect(suggestionRows(atlas)).toEqual([
      {
        id: suggestion.id,
        personIds: suggestion.personIds,
        title: "Hans-Joachim Baues and Hans Joachim Bauer",
        evidence: [
          "Family names one letter apart (Baues / Bauer), same given names",
          "Shared coauthors: Fernando Muro",
          "Same paper, named differently by two sources: Smash Products for Secondary Homotopy Groups",
        ],
        score: "70%",
      },
    ]);
    expect(suggestionRows({ ...atlas, people: [{ id: "hans-joachim-baues" }] } as unknown as AtlasFile)).toEqual([]);
  });

  it("accept adds a merge group, reject a split group; the file reads back as the same decisions", () => {
    const accepted = withDecision({ split: [["A. Smith", "Alice Smith"]] }, suggestion, "accept");
    expect(accepted).toEqual({ merge: [["Baues, Hans-Joachim", "Bauer, Hans Joachim"]], split: [["A. Smith", "Alice Smith"]] });
    expect(withDecision(undefined, suggestion, "reject")).toEqual({ split: [["Baues, Hans-Joachim", "Bauer, Hans Joachim"]] });
    const text = aliasFileText(accepted);
    expect(parseAliasFile(text)).toEqual({ aliases: accepted, diagnostics: [] });
    expect(combineAliasFiles(accepted, { merge: [["X Y", "X. Y"]] }).merge).toHaveLength(2);
  });
});

describe("rebuild after a decision", () => {
  const atlas = {
    format: "coauthor-atlas",
    provenance: { inputs: [], merges: [], settings: { hyperauthorThreshold: 25, aliases: { merge: [["A", "B"]] } } },
    layout: { seed: 1, iterations: 10, converged: true, positions: { "a:x": [1, 2], "a:gone": [5, 5] } },
  } as unknown as AtlasFile;

  it("sends the files again with one alias file (replaced, not stacked)", () => {
    const inputs = rebuildInputs([{ name: "a.bib" }, { name: APP_ALIAS_INPUT }], atlas, { split: [["C", "D"]] });
    expect(inputs.map((input) => input.name)).toEqual(["a.bib", APP_ALIAS_INPUT]);
    expect(JSON.parse((inputs[1] as { text: string }).text)).toEqual({ merge: [], split: [["C", "D"]] });
  });

  it("without files, sends the dataset itself (its own aliases left to the alias file)", () => {
    const inputs = rebuildInputs([], atlas, { merge: [["A", "B"]] }) as { name: string; text: string }[];
    expect(inputs.map((input) => input.name)).toEqual(["dataset.atlas.json", APP_ALIAS_INPUT]);
    expect(JSON.parse(inputs[0].text).provenance.settings).toEqual({ hyperauthorThreshold: 25 });
  });

  it("keeps the old position of every node still there", () => {
    const next = { ...atlas, layout: { seed: 1, iterations: 5, converged: true, positions: { "a:x": [9, 9], "a:new": [3, 4] } } } as unknown as AtlasFile;
    expect(keepPositions(atlas, next).layout?.positions).toEqual({ "a:x": [1, 2], "a:new": [3, 4] });
  });
});
