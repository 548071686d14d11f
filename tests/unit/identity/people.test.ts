import { describe, expect, it } from "vitest";
import { collect } from "../../../src/identity/index.ts";
import type { Collection } from "../../../src/model/types.ts";
import { papersBy, result } from "./helpers.ts";

/** Names of the people, sorted. */
const names = (collection: Collection) => collection.people.map((p) => p.name).sort();
const personCalled = (collection: Collection, name: string) => {
  const person = collection.people.find((p) => p.variants.includes(name));
  if (!person) throw new Error(`nobody called ${name}`);
  return person;
};

describe("the seed dataset's name forms", () => {
  it("unifies the five Ramasesh forms into one person", () => {
    const c = collect([
      papersBy(["Vinay Ramasesh"], ["Vinay V. Ramasesh"], ["Vinay V Ramasesh"], ["Vinay Venkatesh Ramasesh"], ["Ramasesh, Vinay"]),
    ]);
    expect(c.people).toHaveLength(1);
    const [person] = c.people;
    expect(person.id).toBe("vinay-venkatesh-ramasesh");
    expect(person.name).toBe("Vinay Venkatesh Ramasesh");
    expect(person.variants).toEqual(["Vinay Ramasesh", "Vinay V Ramasesh", "Vinay V. Ramasesh", "Vinay Venkatesh Ramasesh"]);
    expect(person.paperIds).toHaveLength(5);
    expect(c.merges.filter((m) => m.rule === "given-name-extension").length).toBeGreaterThanOrEqual(2);
    expect(c.merges.find((m) => m.rule === "same-name")?.forms).toEqual(["Ramasesh, Vinay", "Vinay Ramasesh"]);
  });

  it("unifies the profile page's spellings with the venues'", () => {
    const c = collect([
      papersBy(
        ["Ethan S Dyer", "Jascha Sohl-dickstein", "David Martin Dohan"],
        ["Ethan Dyer", "Jascha Sohl-Dickstein", "David Dohan", "C. Daniel Freeman"],
        ["Daniel Freeman"],
      ),
    ]);
    // Fullest = most given names spelled out: `Ethan S` spells out no more than `Ethan`, so the
    // tie goes to frequency, then alphabetical order.
    expect(names(c)).toEqual(["C. Daniel Freeman", "David Martin Dohan", "Ethan Dyer", "Jascha Sohl-Dickstein"]);
    expect(personCalled(c, "Daniel Freeman").id).toBe(personCalled(c, "C. Daniel Freeman").id);
    // `C. Daniel` vs `Daniel`: a leading initial is optional; recorded as an initials merge.
    expect(c.merges.find((m) => m.forms.includes("C. Daniel Freeman"))?.rule).toBe("initials");
  });

  it("unifies Wall, Wolfgang A. / Wolfgang A. Wall / Wall, Wolfgang", () => {
    const c = collect([papersBy(["Wall, Wolfgang A."], ["Wolfgang A. Wall"], ["Wall, Wolfgang"])]);
    expect(c.people).toHaveLength(1);
    expect(c.people[0].name).toBe("Wolfgang A. Wall");
    expect(c.people[0].paperIds).toHaveLength(3);
  });

  it("unifies Hans-Joachim Baues / Hans Joachim Baues / H.-J. Baues, and U+2010 hyphens", () => {
    const c = collect([papersBy(["Hans-Joachim Baues"], ["Hans Joachim Baues"], ["H.-J. Baues"], ["Hans\u2010Joachim Baues"])]);
    expect(c.people).toHaveLength(1);
    expect(c.people[0].variants).toEqual(["H.-J. Baues", "Hans Joachim Baues", "Hans-Joachim Baues", "Hans\u2010Joachim Baues"]);
  });
});

describe("names that must stay apart", () => {
  it("never merges similar-looking given names", () => {
    const c = collect([papersBy(["Maria Garcia"], ["Mario Garcia"], ["Wei Wang"], ["Wen Wang"])]);
    expect(c.people).toHaveLength(4);
    expect(c.merges).toEqual([]);
  });

  it("keeps J. Smith apart when both Jane and John Smith exist, with a diagnostic", () => {
    const c = collect([papersBy(["John Smith"], ["Jane Smith"], ["J. Smith"])]);
    expect(names(c)).toEqual(["J. Smith", "Jane Smith", "John Smith"]);
    const note = c.diagnostics.find((d) => d.message.includes("ambiguous"));
    expect(note?.level).toBe("info");
    expect(note?.message).toContain('"J. Smith" is ambiguous: it could be "Jane Smith" or "John Smith"');
    expect(note?.where).toBe("key r3");
  });

  it("lets J. Smith join John Smith when he is the only candidate", () => {
    const c = collect([papersBy(["John Smith"], ["J. Smith"], ["J Smith"])]);
    expect(c.people).toHaveLength(1);
    expect(c.merges[0]).toMatchObject({ personId: "john-smith", rule: "initials", forms: ["John Smith", "J. Smith"] });
  });

  it("does not chain Jane and John together through J. Smith, whatever the order", () => {
    const c = collect([papersBy(["J. Smith"], ["John Smith"], ["Jane Smith"], ["J. A. Smith"])]);
    expect(names(c)).toEqual(["J. A. Smith", "J. Smith", "Jane Smith", "John Smith"]);
  });

  it("keeps V. Ramasesh out when a second full V-name exists", () => {
    const c = collect([papersBy(["Vinay Ramasesh"], ["Vikram Ramasesh"], ["V. Ramasesh"], ["Vinay V. Ramasesh"])]);
    expect(names(c)).toEqual(["V. Ramasesh", "Vikram Ramasesh", "Vinay Ramasesh"]);
    expect(personCalled(c, "Vinay V. Ramasesh").id).toBe(personCalled(c, "Vinay Ramasesh").id);
  });

  it("keeps middle names that contradict each other apart", () => {
    const c = collect([papersBy(["Vinay K. Ramasesh"], ["Vinay Venkatesh Ramasesh"])]);
    expect(c.people).toHaveLength(2);
  });

  it("keeps different suffixes apart but matches suffix forms", () => {
    const c = collect([papersBy(["Smith, Jr., John"], ["John Smith Jr."], ["John Smith III"])]);
    expect(names(c)).toEqual(["John Smith III", "John Smith Jr."]);
  });

  it("never merges literal names with persons", () => {
    const c = collect([
      papersBy([{ name: "Smith", literal: true }], ["John Smith"], [{ name: "ATLAS Collaboration", literal: true }], [{ name: "atlas collaboration", literal: true }]),
    ]);
    expect(names(c)).toEqual(["ATLAS Collaboration", "John Smith", "Smith"]);
  });

  it("keeps a family-only name apart from full names", () => {
    const c = collect([papersBy(["Smith"], ["John Smith"], ["王伟"], ["王伟"])]);
    expect(names(c)).toEqual(["John Smith", "Smith", "王伟"]);
    expect(c.people.find((p) => p.name === "王伟")?.id).toBe("person");
  });
});

describe("double-barrelled family names (lab-3c Bonnet-Zahedi)", () => {
  it("joins Bonnet-Zahedi, S. to Selene, keeps Zahedi, S. apart with a suggestion", () => {
    const c = collect([papersBy(["Zahedi, S."], ["Bonnet-Zahedi, S."], ["Bonnet-Zahedi, Selene"])]);
    expect(names(c)).toEqual(["S. Zahedi", "Selene Bonnet-Zahedi"]);
    const suggestion = c.diagnostics.find((d) => d.message.includes("possibly the same person"));
    expect(suggestion?.level).toBe("info");
    expect(suggestion?.message).toMatch(/^"S\. Zahedi" is possibly the same person as "(S\.|Selene) Bonnet-Zahedi"/);
    expect(c.diagnostics.filter((d) => d.message.includes("possibly the same person"))).toHaveLength(1);
  });
});

describe("identifiers", () => {
  it("same ORCID → one person even with different spellings", () => {
    const orcid = "0000-0003-0625-3327";
    const c = collect([papersBy([{ name: "Vinay Ramasesh", ids: { orcid } }], [{ name: "V. V. R.", ids: { orcid: `https://orcid.org/${orcid}` } }])]);
    expect(c.people).toHaveLength(1);
    expect(c.people[0].ids).toEqual({ orcid });
    expect(c.merges[0]).toMatchObject({ rule: "identifier", detail: `same orcid ${orcid}` });
    expect(c.diagnostics.some((d) => d.message.includes("although the family names differ"))).toBe(true);
  });

  it("different ids of one scheme → different people, even with the same name", () => {
    const c = collect([
      papersBy([{ name: "Wei Wang", ids: { openalex: "A1" } }], [{ name: "Wei Wang", ids: { openalex: "A2" } }], ["Wei Wang"]),
    ]);
    expect(c.people.map((p) => p.id)).toEqual(["wei-wang", "wei-wang-2", "wei-wang-3"]);
    expect(c.people[0].ids).toEqual({ openalex: "A1" });
    expect(c.people[1].ids).toEqual({ openalex: "A2" });
  });

  it("an id-less form joins the one id-carrying person of that name", () => {
    const c = collect([papersBy([{ name: "Dyer, Ethan", ids: { dblp: "d/EthanDyer" } }], ["Ethan Dyer"], ["E. Dyer"])]);
    expect(c.people).toHaveLength(1);
    expect(c.people[0].paperIds).toHaveLength(3);
  });
});

describe("aliases", () => {
  it("forced merges win over the rules and name the person", () => {
    const c = collect([papersBy(["Zahedi, S."], ["Bonnet-Zahedi, Selene"])], {
      aliases: { merge: [["Selene Bonnet-Zahedi", "S. Zahedi"]] },
    });
    expect(c.people).toHaveLength(1);
    expect(c.people[0].name).toBe("Selene Bonnet-Zahedi");
    expect(c.merges[0]).toMatchObject({ rule: "alias", personId: "selene-bonnet-zahedi" });
  });

  it("splits keep forms apart; the initial then joins the remaining candidate", () => {
    const c = collect([papersBy(["John Smith"], ["J. Smith"])], { aliases: { split: [["J. Smith", "John Smith"]] } });
    expect(names(c)).toEqual(["J. Smith", "John Smith"]);
    const d = collect([papersBy(["John Smith"], ["Jane Smith"], ["J. Smith"])], { aliases: { split: [["J. Smith", "John Smith"]] } });
    expect(names(d)).toEqual(["Jane Smith", "John Smith"]);
  });
});

describe("authorships and focus", () => {
  it("lists the same person twice on a paper once, at the first position, with a warning", () => {
    const c = collect([papersBy(["Ethan Dyer", "Vinay Ramasesh", "Dyer, Ethan"])]);
    expect(c.papers[0].authors.map((a) => [a.personId, a.position])).toEqual([["ethan-dyer", 0], ["vinay-ramasesh", 1]]);
    const warning = c.diagnostics.find((d) => d.level === "warning");
    expect(warning).toMatchObject({ file: "test.bib", where: "key r1" });
    expect(warning?.message).toContain('"Dyer, Ethan" (author 3) is the same person as "Ethan Dyer" (author 1)');
  });

  it("the profile owner is focal and an author of every record", () => {
    const owned = result([{ authors: ["Ethan Dyer"], title: "A" }, { authors: ["Ethan Dyer"], title: "B" }, { authors: [], title: "C" }], {
      owner: { name: "Vinay V. Ramasesh" },
      format: "profile-page",
    });
    const c = collect([owned]);
    expect(c.focalPersonId).toBe("vinay-v-ramasesh");
    expect(c.people.find((p) => p.id === "vinay-v-ramasesh")?.paperIds).toHaveLength(3);
    expect(c.papers[0].authors).toEqual([
      { personId: "ethan-dyer", name: "Ethan Dyer", position: 0 },
      { personId: "vinay-v-ramasesh", name: "Vinay V. Ramasesh", position: 1 },
    ]);
  });

  it("without an owner the person with the most papers is focal (ties: id order)", () => {
    expect(collect([papersBy(["Bea Bo"], ["Al Ay", "Bea Bo"])]).focalPersonId).toBe("bea-bo");
    expect(collect([papersBy(["Bea Bo"], ["Al Ay"])]).focalPersonId).toBe("al-ay");
  });

  it("picks the fullest name, then the most frequent spelling", () => {
    const c = collect([papersBy(["E. Dyer"], ["Ethan Dyer"], ["Dyer, Ethan"], ["ETHAN DYER"])]);
    expect(c.people[0].name).toBe("Ethan Dyer");
    expect(c.people[0].variants).toEqual(["E. Dyer", "ETHAN DYER", "Ethan Dyer"]);
  });

  it("is deterministic: same input, same output", () => {
    const input = () => [papersBy(["J. Smith", "John Smith"], ["Jane Smith", "Wei Wang"], ["Smith, J."])];
    expect(JSON.stringify(collect(input()))).toBe(JSON.stringify(collect(input())));
  });
});

describe("hyphenated given names are one name", () => {
  it("does not extend `Yi` to `Yi-Jia` or `Hans` to `Hans-Joachim`", () => {
    const c = collect([papersBy(["Yi-Jia Wang"], ["Yi Wang"], ["Yu-Mei Zhang"], ["Yu-Ting Zhang"], ["Yu Zhang"], ["Y.-J. Wang"])]);
    expect(names(c)).toEqual(["Yi Wang", "Yi-Jia Wang", "Yu Zhang", "Yu-Mei Zhang", "Yu-Ting Zhang"]);
    expect(personCalled(c, "Y.-J. Wang").id).toBe(personCalled(c, "Yi-Jia Wang").id);
    // `Yu Zhang` is no candidate for either compound, so nothing is ambiguous.
    expect(c.diagnostics).toEqual([]);
  });

  it("still equates `Hans-Joachim` with `Hans Joachim` and `H.-J.`, but not with `Hans`", () => {
    const c = collect([papersBy(["Hans-Joachim Baues"], ["Hans Joachim Baues"], ["H.-J. Baues"], ["Hans Baues"])]);
    expect(names(c)).toEqual(["Hans Baues", "Hans Joachim Baues"]);
    expect(personCalled(c, "H.-J. Baues").variants).toEqual(["H.-J. Baues", "Hans Joachim Baues", "Hans-Joachim Baues"]);
  });
});

describe("ambiguity messages", () => {
  it("name at most six candidates", () => {
    const c = collect([papersBy(["Tao Li"], ["Teng Li"], ["Tong Li"], ["Tian Li"], ["Ting Li"], ["Tuo Li"], ["Tai Li"], ["Tan Li"], ["T. Li"])]);
    const message = c.diagnostics.find((d) => d.message.includes("ambiguous"))?.message;
    expect(message).toBe(
      '"T. Li" is ambiguous: it could be "Tai Li" or "Tan Li" or "Tao Li" or "Teng Li" or "Tian Li" or "Ting Li" or 2 others; kept as a separate person (an alias file can decide)',
    );
  });
});

describe("particles and suffixes", () => {
  it("`Berg, J. van der` = `J. van der Berg` = `Jan van der Berg`", () => {
    const c = collect([papersBy(["Berg, J. van der"], ["J. van der Berg"], ["Jan van der Berg"], ["Van der Berg, Jan"])]);
    expect(c.people).toHaveLength(1);
    // Tie on spelled-out names and frequency: code-unit order puts `Van` before `van`.
    expect(c.people[0]).toMatchObject({ id: "jan-van-der-berg", name: "Jan Van der Berg" });
    expect(c.people[0].variants).toEqual(["J. van der Berg", "Jan Van der Berg", "Jan van der Berg"]);
  });

  it("`Smith, Jr., John` = `John Smith Jr.`, named with the suffix", () => {
    const c = collect([papersBy(["Smith, Jr., John"], ["John Smith Jr."])]);
    expect(c.people.map((p) => [p.id, p.name, p.paperIds.length])).toEqual([["john-smith-jr", "John Smith Jr.", 2]]);
  });
});
