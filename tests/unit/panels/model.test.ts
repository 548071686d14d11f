import { describe, expect, it } from "vitest";
import { authorView, ordinal, pairView, panelViewFor, paperView, papersPerYear, visibleAuthors } from "../../../src/panels/model.ts";
import { paperLinks, safeHref } from "../../../src/panels/links.ts";
import { buildFixtureContext } from "./fixture.ts";

const context = buildFixtureContext();

describe("author view", () => {
  const view = authorView(context, "vinay")!;

  it("lists the person's papers newest first, undated last", () => {
    expect(view.name).toBe("Vinay Ramasesh");
    expect(view.papers.map((row) => row.title)).toEqual([
      "Anatomy of Catastrophic Forgetting",
      "The geometry of integration in text classification RNNs",
      "Understanding How Encoder-Decoder Architectures Attend",
      "Caliban: Docker-based job manager",
      "Untitled (profile page, entry 3)",
      "A paper without a year",
    ]);
    expect(view.papers[1].meta).toBe("ICLR · 2021");
    expect(view.papers[4].untitled).toBe(true);
    expect(view.papers[5].meta).toBe("");
  });

  it("shows the other spellings and the identifiers with profile links", () => {
    expect(view.variants).toEqual(["Ramasesh, Vinay", "Vinay V. Ramasesh"]);
    expect(view.identifiers).toEqual([{ scheme: "ORCID", value: "0000-0003-0625-3327", href: "https://orcid.org/0000-0003-0625-3327" }]);
  });

  it("ranks coauthors by shared papers, then by name", () => {
    expect(view.coauthors).toEqual([
      { personId: "ethan", name: "Ethan Dyer", shared: 3 },
      { personId: "kyle", name: "Kyle Aitken", shared: 2 },
      { personId: "niru", name: "Niru Maheswaranathan", shared: 2 },
      { personId: "yuan", name: "Yuan Cao", shared: 2 },
      { personId: "jose", name: "José Müller-Łukasz", shared: 1 },
      { personId: "maithra", name: "Maithra Raghu", shared: 1 },
    ]);
  });

  it("counts papers per year over the whole span, zeros included", () => {
    expect(view.papersPerYear).toEqual([
      { year: 2018, count: 1 },
      { year: 2019, count: 0 },
      { year: 2020, count: 1 },
      { year: 2021, count: 3 },
    ]);
    expect(view.undatedPapers).toBe(1);
  });
});

describe("pair view", () => {
  it("has exactly the papers both wrote", () => {
    const view = pairView(context, "vinay", "kyle")!;
    expect(view.first).toEqual({ personId: "vinay", name: "Vinay Ramasesh" });
    expect(view.second).toEqual({ personId: "kyle", name: "Kyle Aitken" });
    expect(view.papers.map((row) => row.paperId)).toEqual(["arxiv:2010.15114", "arxiv:2110.15253"]);
    expect(view.papers[0]).toMatchObject({ positions: "4 authors: Vinay Ramasesh 2nd, Kyle Aitken 1st", others: ["Yuan Cao", "Niru Maheswaranathan"], othersHidden: 0 });
    expect(view.years).toBe("2021");
  });

  it("spans the years of the shared papers and names who else wrote them", () => {
    const view = pairView(context, "vinay", "ethan")!;
    expect(view.years).toBe("2020–2021");
    expect(view.papers.map((row) => [row.title, row.positions, row.others.join(", ")])).toEqual([
      ["Anatomy of Catastrophic Forgetting", "3 authors: Vinay Ramasesh 1st, Ethan Dyer 2nd", "Maithra Raghu"],
      ["Caliban: Docker-based job manager", "2 authors: Vinay Ramasesh 1st, Ethan Dyer 2nd", ""],
      ["A paper without a year", "2 authors: Vinay Ramasesh 1st, Ethan Dyer 2nd", ""],
    ]);
    expect(pairView(context, "vinay", "jose")!.papers[0].positions).toBe("2+ authors: Vinay Ramasesh 1st, José Müller-Łukasz 2nd");
  });

  it("is symmetric in its papers", () => {
    const ab = pairView(context, "ethan", "vinay")!.papers.map((row) => row.paperId);
    const ba = pairView(context, "vinay", "ethan")!.papers.map((row) => row.paperId);
    expect(ab).toEqual(ba);
    expect(ab).toHaveLength(3);
  });

  it("is empty for two people who never wrote together", () => {
    expect(pairView(context, "kyle", "maithra")!.papers).toEqual([]);
  });
});

describe("paper view", () => {
  it("lists authors in order with the spelling the source used", () => {
    const view = paperView(context, "arxiv:2110.15253")!;
    expect(view.authors.map((author) => `${author.position}. ${author.name}`)).toEqual([
      "1. Kyle Aitken",
      "2. Vinay Ramasesh",
      "3. Yuan Cao",
      "4. Niru Maheswaranathan",
    ]);
    expect(view.abstract).toBe("Encoder-decoder networks attend.");
    expect(view.links).toEqual([{ label: "arXiv 2110.15253", href: "https://arxiv.org/abs/2110.15253" }]);
    expect(view.sources).toEqual(["fixture.bib — key arxiv:2110.15253"]);
  });

  it("keeps the written form when it differs from the display name", () => {
    const view = paperView(context, "arxiv:2007.07400")!;
    expect(view.authors[0]).toEqual({ personId: "vinay", name: "Vinay Ramasesh", position: 1, writtenAs: "Ramasesh, Vinay" });
  });

  it("drops a javascript: URL even if it reached the dataset", () => {
    expect(paperView(context, "arxiv:2007.07400")!.links).toEqual([]);
  });

  it("builds DOI, OpenReview and URL links", () => {
    expect(paperView(context, "doi:10.21105/joss.02403")!.links).toEqual([
      { label: "DOI 10.21105/joss.02403", href: "https://doi.org/10.21105/joss.02403" },
      { label: "github.com", href: "https://github.com/google/caliban" },
    ]);
    expect(paperView(context, "title:no-year")!.links).toEqual([
      { label: "OpenReview GhVS8_yPeEa", href: "https://openreview.net/forum?id=GhVS8_yPeEa" },
    ]);
  });

  it("marks made-up titles and truncated author lists", () => {
    const view = paperView(context, "title:untitled-2018")!;
    expect(view.untitled).toBe(true);
    expect(view.authorsTruncated).toBe(true);
    expect(view.hyperauthored).toBe(false);
  });
});

describe("selection → view", () => {
  it("says so when the selection names something the dataset lacks", () => {
    expect(panelViewFor(context, { kind: "person", personId: "nobody" })).toEqual({ kind: "missing", message: "No person “nobody” in this dataset." });
    expect(panelViewFor(context, { kind: "pair", personId: "vinay", otherId: "nobody" }).kind).toBe("missing");
    expect(panelViewFor(context, { kind: "pair", personId: "vinay", otherId: "vinay" }).kind).toBe("missing");
    expect(panelViewFor(context, { kind: "paper", paperId: "nope" }).kind).toBe("missing");
    expect(panelViewFor(context, { kind: "none" })).toEqual({ kind: "none" });
  });
});

describe("helpers", () => {
  it("writes English ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 420].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "420th"]);
  });

  it("collapses long author lists to the first 12", () => {
    const names = Array.from({ length: 450 }, (_, i) => `author ${i + 1}`);
    const collapsed = visibleAuthors(names, false);
    expect(collapsed.shown).toHaveLength(12);
    expect(collapsed.shown[11]).toBe("author 12");
    expect(collapsed.hidden).toBe(438);
    expect(visibleAuthors(names, true)).toEqual({ shown: names, hidden: 0 });
    // Hiding a single author behind a button helps nobody.
    expect(visibleAuthors(names.slice(0, 13), false).hidden).toBe(0);
  });

  it("has no year bars without dated papers", () => {
    expect(papersPerYear([])).toEqual([]);
  });

  it("lets only absolute http(s) URLs through", () => {
    expect(safeHref("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(safeHref("http://example.org")).toBe("http://example.org/");
    for (const bad of ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "vbscript:x", "/relative", "//evil.org", "", undefined]) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });

  it("escapes identifiers that would break out of the link path", () => {
    const paper = { ...context.papers.get("title:no-year")!, ids: { openreview: "x&y=<z>" }, doi: "10.1/a?b#c" };
    expect(paperLinks(paper).map((link) => link.href)).toEqual([
      "https://doi.org/10.1/a%3Fb%23c",
      "https://openreview.net/forum?id=x%26y%3D%3Cz%3E",
    ]);
  });
});
