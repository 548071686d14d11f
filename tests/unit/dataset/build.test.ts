import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import type { InputFile } from "../../../src/model/types.ts";
import { buildAtlas, serializeAtlas, readAtlas, sha256Hex, type AtlasProgress } from "../../../src/dataset/index.ts";

const bib: InputFile = { name: "ramasesh.bib", text: readFileSync("data/ramasesh.bib", "utf8") };

describe("buildAtlas", () => {
  it("runs import → identity into an atlas with provenance and no layout by default", () => {
    const atlas = buildAtlas([bib]);
    expect(atlas).toMatchObject({ format: "coauthor-atlas", version: 1, records: 8, skipped: 0 });
    expect(atlas.papers).toHaveLength(8);
    expect(atlas.people).toHaveLength(462);
    expect(atlas.layout).toBeUndefined();
    expect(atlas.title).toBe(`Coauthors of ${atlas.people.find((p) => p.id === atlas.focalPersonId)!.name}`);
    expect(atlas.title).toMatch(/Ramasesh$/);
    expect(atlas.provenance.inputs).toEqual([{ file: "ramasesh.bib", format: "bibtex", records: 8, sha256: sha256Hex(bib.text) }]);
    expect(buildAtlas([bib], { title: "Talk graph" }).title).toBe("Talk graph");
  });

  it("is deterministic, and the layout seed changes positions only", () => {
    const a = serializeAtlas(buildAtlas([bib], { layout: { seed: 1 } }));
    const b = serializeAtlas(buildAtlas([bib], { layout: true }));
    expect(b).toBe(a);
    const other = buildAtlas([bib], { layout: { seed: 2 } });
    expect(other.layout!.seed).toBe(2);
    expect(serializeAtlas(other)).not.toBe(a);
    expect(serializeAtlas({ ...other, layout: undefined })).toBe(serializeAtlas({ ...readAtlas(a).atlas!, layout: undefined }));
  });

  it("uses a lone dataset file as it is, and lays it out exactly like its sources", () => {
    const flat = buildAtlas([bib]);
    const atlasFile: InputFile = { name: "saved.atlas.json", text: serializeAtlas(flat) };
    expect(buildAtlas([atlasFile])).toEqual(flat);
    const laidOutFromAtlas = buildAtlas([atlasFile], { layout: { seed: 1 } });
    const laidOutFromBib = buildAtlas([bib], { layout: { seed: 1 } });
    expect(laidOutFromAtlas.layout).toEqual(laidOutFromBib.layout);
  });

  it("re-collects a lone dataset file when aliases or the threshold change", () => {
    const atlasFile: InputFile = { name: "saved.atlas.json", text: serializeAtlas(buildAtlas([bib])) };
    const merged = buildAtlas([atlasFile], { aliases: { merge: [["Kyle Aitken", "Yuan Cao"]] } });
    expect(merged.people).toHaveLength(461);
    expect(merged.provenance.settings.aliases).toEqual({ merge: [["Kyle Aitken", "Yuan Cao"]] });
    expect(merged.provenance.inputs[0]).toMatchObject({ file: "saved.atlas.json", format: "atlas", records: 8 });
    // Aliases recorded in a dataset file keep applying when it is combined again.
    const again = buildAtlas([{ name: "merged.atlas.json", text: serializeAtlas(merged) }, bib]);
    expect(again.people).toHaveLength(461);
    const strict = buildAtlas([atlasFile], { hyperauthorThreshold: 3 });
    // More than 3 authors: BIG-bench, Minerva, length generalisation, encoder–decoder (4), geometry (6).
    expect(strict.papers.filter((paper) => paper.hyperauthored)).toHaveLength(5);
  });

  it("reports its stages in order", () => {
    const stages: AtlasProgress["stage"][] = [];
    buildAtlas([bib], { layout: { seed: 1 }, onProgress: (step) => void (stages.at(-1) !== step.stage && stages.push(step.stage)) });
    expect(stages).toEqual(["import", "identity", "graph", "layout"]);
  });

  it("keeps unreadable dataset files as diagnostics, not exceptions", () => {
    const atlas = buildAtlas([{ name: "bad.atlas.json", text: '{"format":"coauthor-atlas","version":1,"papers":"nope"}' }, bib]);
    expect(atlas.papers).toHaveLength(8);
    expect(atlas.diagnostics.some((d) => d.file === "bad.atlas.json" && d.level === "error")).toBe(true);
  });
});

describe("src/dataset is browser-safe", () => {
  it("imports no node: modules", () => {
    for (const name of readdirSync("src/dataset")) {
      const source = readFileSync(`src/dataset/${name}`, "utf8");
      expect(source, name).not.toMatch(/from\s+["']node:|require\(/);
    }
  });
});
