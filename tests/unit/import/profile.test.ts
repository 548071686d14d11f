import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { looksLikeName, parseProfilePage } from "../../../src/import/profile";

const PAGE = "../shared/seed/profile-page.txt";
const OWNER = "Vinay Venkatesh Ramasesh";

describe("parseProfilePage on the seed page", () => {
  const result = parseProfilePage(readFileSync(PAGE, "utf8"), PAGE);
  const titled = (prefix: string) => result.records.find((r) => r.title.startsWith(prefix))!;

  it("finds the owner and 8 entries", () => {
    expect(result.format).toBe("profile-page");
    expect(result.owner).toEqual({ name: OWNER });
    expect(result.records).toHaveLength(8);
    expect(result.skipped).toBe(0);
  });

  it("counts 5 untitled entries (FACTS.md says three; the page has five) and names them from the abstract", () => {
    const untitled = result.records.filter((r) => r.untitled);
    expect(untitled.map((r) => r.source.where)).toEqual(["line 6", "line 50", "line 66", "line 69", "line 72"]);
    expect(untitled[0].title).toBe("[Untitled] Catastrophic forgetting presents a challenge in developing deep…");
    expect(untitled[3].title).toBe("[Untitled] Caliban is a command line tool that helps…");
    expect(result.diagnostics.filter((d) => d.level === "warning")).toHaveLength(5);
  });

  it("appends the owner to every entry, once", () => {
    for (const record of result.records) {
      expect(record.authors.at(-1)).toEqual({ name: OWNER });
      expect(record.authors.filter((a) => a.name === OWNER)).toHaveLength(1);
    }
    expect(result.diagnostics.filter((d) => d.level === "info")).toHaveLength(1);
  });

  it("reads BIG-bench: 7 listed names + owner, TBD venue → year only", () => {
    const bigbench = titled("Beyond the Imitation Game");
    expect(bigbench.title).toBe("Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models");
    expect(bigbench.authors.map((a) => a.name)).toEqual([
      "Aitor Lewkowycz", "Daniel Freeman", "Ethan S Dyer", "Guy Gur-Ari", "Jaehoon Lee", "Jascha Sohl-dickstein", "Liam B. Fedus", OWNER,
    ]);
    expect(bigbench.year).toBe(2022);
    expect(bigbench.venue).toBeUndefined();
    expect(bigbench.source.where).toBe("line 11");
    expect(bigbench.abstract).toContain("tasks that exhibit ``breakthrough'' behavior");
  });

  it("reads Minerva and length generalisation venues", () => {
    const minerva = titled("Solving Quantitative Reasoning");
    expect(minerva.venue).toBe("NeurIPS");
    expect(minerva.year).toBe(2022);
    expect(minerva.authors).toHaveLength(11);
    expect(titled("Exploring Length Generalization").venue).toBe("NeurIPS Oral");
  });

  it("joins wrapped abstract lines with spaces", () => {
    const encoder = result.records[4];
    expect(encoder.abstract).toMatch(/^Encoder-decoder networks with attention have proven to be a powerful way to solve many sequence-to-sequence tasks\./);
    expect(encoder.abstract).not.toContain("\n");
    expect(encoder.abstract).toMatch(/attention-based encoder-decoder networks\.$/);
  });
});

describe("parseProfilePage on edge cases", () => {
  it("reads the seed page the same with CRLF line ends and a BOM", () => {
    const text = readFileSync(PAGE, "utf8");
    const crlf = parseProfilePage("\uFEFF" + text.replace(/\n/g, "\r\n"), PAGE);
    expect(crlf).toEqual(parseProfilePage(text, PAGE));
  });

  it("empty page → no records, a warning, no owner", () => {
    const result = parseProfilePage("\n\n  \n", "e.txt");
    expect(result.records).toEqual([]);
    expect(result.owner).toBeUndefined();
    expect(result.diagnostics.map((d) => d.level)).toEqual(["warning"]);
  });

  it("only the owner line → owner set, no records", () => {
    const result = parseProfilePage("Jane Q. Doe\n", "o.txt");
    expect(result.owner).toEqual({ name: "Jane Q. Doe" });
    expect(result.records).toEqual([]);
    expect(result.diagnostics[0].message).toMatch(/no publications/);
  });

  it("entries missing `View details` still split at the next entry's head", () => {
    const page = [
      "Jane Doe",
      "Publications",
      "Attention Is All You Need",
      "John Smith",
      "Mary Major",
      "NIPS (2017)",
      "Preview abstract",
      "First abstract line.",
      "Second abstract line.",
      "Deep Learning",
      "Geoffrey Hinton",
      "Nature (2015)",
      "Preview abstract",
      "Second abstract.",
    ].join("\n");
    const result = parseProfilePage(page, "m.txt");
    expect(result.records.map((r) => [r.title, r.authors.map((a) => a.name), r.venue, r.year, r.abstract])).toEqual([
      ["Attention Is All You Need", ["John Smith", "Mary Major", "Jane Doe"], "NIPS", 2017, "First abstract line. Second abstract line."],
      ["Deep Learning", ["Geoffrey Hinton", "Jane Doe"], "Nature", 2015, "Second abstract."],
    ]);
    expect(result.records.map((r) => r.source.where)).toEqual(["line 3", "line 10"]);
    expect(result.diagnostics.map((d) => d.level)).toEqual(["warning", "info", "info"]);
  });

  it("does not add the owner twice when an entry lists them in another form", () => {
    const page = "Jane Q. Doe\nA paper title about things\nJ. Doe\nBob Roe\nPreview abstract\nText.\nView details\n";
    const result = parseProfilePage(page, "d.txt");
    expect(result.records[0].authors.map((a) => a.name)).toEqual(["J. Doe", "Bob Roe"]);
  });

  it("an entry without abstract, and research-area chrome before the first entry", () => {
    const page = "Jane Doe\nI study things at a university and have done so for many years now.\nResearch Areas\nMachine Intelligence\nAuthored Publications\nSort By\nA short paper\nBob Roe\nView details\n";
    const result = parseProfilePage(page, "c.txt");
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({ title: "A short paper", authors: [{ name: "Bob Roe" }, { name: "Jane Doe" }] });
    expect(result.records[0].abstract).toBeUndefined();
  });

  it("never throws on hostile text and stays fast", () => {
    const hostile = "Owner Name\n" + "Preview abstract\n".repeat(5000) + "(".repeat(100_000) + "\nView details\n" + "A ".repeat(100_000);
    const start = performance.now();
    const result = parseProfilePage(hostile, "h.txt");
    expect(performance.now() - start).toBeLessThan(8000); // ~0.3 s warm; generous for a loaded 2-core CI box
    expect(result.records.length).toBeGreaterThan(0);
  });
});

describe("looksLikeName", () => {
  it.each([
    ["Liam B. Fedus", true],
    ["Jascha Sohl-dickstein", true],
    ["Gerard de Melo", true],
    ["Ethan S Dyer", true],
    ["Yasset Pérez\u2010Riverol", true],
    ["José del Campo-Ávila", true],
    ["王小明", true],
    ["Attention", false],
    ["NeurIPS (2022)", false],
    ["Solving Quantitative Reasoning Problems with Language Models", false],
    ["Caliban", false],
    ["I am a research scientist.", false],
  ])("%s → %s", (text, expected) => {
    expect(looksLikeName(text)).toBe(expected);
  });
});

describe("parseProfilePage without the page's buttons", () => {
  it("takes a lone name-like line before the venue as the title (titles come first)", () => {
    const page = "Jane Doe\nPublications\nFirst\nPreview abstract\nA.\nView details\nDeep Learning\nNature (2015)\nPreview abstract\nB.\nView details\n";
    const result = parseProfilePage(page, "t.txt");
    expect(result.records.map((r) => [r.title, r.authors.length, r.venue])).toEqual([
      ["First", 1, undefined],
      ["Deep Learning", 1, "Nature"],
    ]);
  });

  it("splits entries at venue lines when there is no `Preview abstract` / `View details`", () => {
    const page = [
      "Jane Doe",
      "Authored Publications",
      "First paper on graphs",
      "Bob Roe",
      "ICML (2020)",
      "Second paper on trees",
      "Ann Lee",
      "Carl Poe",
      "TBD (2021)",
    ].join("\n");
    const result = parseProfilePage(page, "b.txt");
    expect(result.records.map((r) => [r.title, r.authors.map((a) => a.name), r.venue, r.year, r.source.where])).toEqual([
      ["First paper on graphs", ["Bob Roe", "Jane Doe"], "ICML", 2020, "line 3"],
      ["Second paper on trees", ["Ann Lee", "Carl Poe", "Jane Doe"], undefined, 2021, "line 6"],
    ]);
  });

  it("does not take a bio sentence for a venue", () => {
    const page = "Jane Doe\nI finished my PhD at a large university in physics, then moved on. (2019)\nNo entries follow here.\n";
    const result = parseProfilePage(page, "bio.txt");
    expect(result.records).toEqual([]);
  });
});

describe("parseProfilePage never throws (property)", () => {
  it("on random page-like lines", async () => {
    const fc = await import("fast-check");
    const line = fc.oneof(
      fc.constantFrom("Preview abstract", "View details", "Jane Doe", "A Title: With Words", "TBD (2020)", "NeurIPS (2022)", "Sort By", "", "An abstract sentence."),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 50 }), (lines) => {
        const result = parseProfilePage(lines.join("\n"), "p.txt");
        for (const record of result.records) {
          expect(record.title.length).toBeGreaterThan(0);
          expect(record.authors.at(-1)?.name === result.owner?.name || record.authors.some((a) => a.name !== "")).toBe(true);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
