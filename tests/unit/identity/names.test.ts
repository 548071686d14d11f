import { describe, expect, it } from "vitest";
import { parseAuthor, parseNameText } from "../../../src/identity/names.ts";
import { foldToken, foldWords, asciiSlug } from "../../../src/identity/fold.ts";

const key = (name: string) => parseNameText(name).key;
const display = (name: string) => parseNameText(name).display;

describe("display names", () => {
  it("turns `Last, First` into `First Last` and keeps spelling and case", () => {
    expect(display("Ramasesh, Vinay")).toBe("Vinay Ramasesh");
    expect(display("Sohl-dickstein, Jascha")).toBe("Jascha Sohl-dickstein");
    expect(display("  Vinay   V.\u00a0Ramasesh ")).toBe("Vinay V. Ramasesh");
    expect(display("Berg, J. van der")).toBe("J. van der Berg");
    expect(display("Smith, Jr., John")).toBe("John Smith Jr.");
    expect(display("Ramasesh V.V.")).toBe("V.V. Ramasesh");
  });

  it("normalises to NFC (decomposed é becomes one code point)", () => {
    expect(display("Sel\u0065\u0301ne Zahedi")).toBe("Sel\u00e9ne Zahedi");
  });

  it("keeps the source's hyphen in display but not in the key", () => {
    expect(display("Hans\u2010Joachim Baues")).toBe("Hans\u2010Joachim Baues");
    expect(key("Hans\u2010Joachim Baues")).toBe(key("Hans-Joachim Baues"));
  });

  it("uses explicit parts when the importer gave them", () => {
    const parsed = parseAuthor({ name: "ignored", given: "Jan", family: "Berg", particle: "van der" });
    expect(parsed.display).toBe("Jan van der Berg");
    expect(parsed.key).toBe(key("Berg, Jan van der"));
    expect(parsed.given).toEqual(["Jan"]);
  });
});

describe("parsing", () => {
  it("splits `Last, Jr., First` and `First Last Jr.` the same way", () => {
    const a = parseNameText("Smith, Jr., John");
    const b = parseNameText("John Smith Jr.");
    expect([a.given, a.family, a.suffix]).toEqual([["John"], "Smith", "Jr."]);
    expect([b.given, b.family, b.suffix]).toEqual([["John"], "Smith", "Jr."]);
    expect(a.key).toBe("smith|john|jr");
    expect(b.key).toBe(a.key);
    expect(key("John Smith III")).toBe("smith|john|iii");
  });

  it("attaches particles to the family name", () => {
    expect(parseNameText("Jan van der Berg").particle).toBe("van der");
    expect(parseNameText("Jan van der Berg").family).toBe("Berg");
    expect(key("Berg, J. van der")).toBe(key("J. van der Berg"));
    expect(key("Van der Berg, Jan")).toBe(key("Jan van der Berg"));
    expect(key("Juan de la Cruz")).toBe(key("de la Cruz, Juan"));
    expect(key("John von Neumann")).toBe("neumann|john|");
  });

  it("reads initials in all their forms", () => {
    expect(key("V. Ramasesh")).toBe("ramasesh|v|");
    expect(key("V Ramasesh")).toBe("ramasesh|v|");
    expect(key("V.V. Ramasesh")).toBe("ramasesh|v v|");
    expect(key("Ramasesh, VV")).toBe("ramasesh|v v|");
    expect(key("Ramasesh V.V.")).toBe("ramasesh|v v|");
    expect(key("H.-J. Baues")).toBe("baues|h j|");
    expect(parseNameText("H.-J. Baues").givenTokens.every((t) => t.abbreviated)).toBe(true);
    // A whole name in capitals is not a list of initials.
    expect(key("WANG, WEI")).toBe("wang|wei|");
  });

  it("treats a single token as a family-only name (CJK-safe)", () => {
    const parsed = parseNameText("王伟");
    expect(parsed.family).toBe("王伟");
    expect(parsed.given).toEqual([]);
    expect(parsed.key).toBe("王伟||");
  });

  it("matches literal names by their whole folded text and never splits them", () => {
    const parsed = parseAuthor({ name: "ICARUS and SBND Collaborations", literal: true });
    expect(parsed.literal).toBe(true);
    expect(parsed.key).toBe("lit|icarus and sbnd collaborations");
    expect(parseNameText("The ATLAS Collaboration").literal).toBe(true);
  });
});

describe("folding", () => {
  it("folds case, diacritics and special letters", () => {
    expect(foldToken("Søren")).toBe("soren");
    expect(foldToken("Straße")).toBe("strasse");
    expect(foldToken("Łukasz")).toBe("lukasz");
    expect(foldToken("Æsir")).toBe("aesir");
    expect(foldToken("Đorđe")).toBe("dorde");
    expect(foldToken("O'Brien")).toBe("obrien");
    expect(foldWords("Hans\u2011Joachim\u2013Baues\u2212x")).toEqual(["hans", "joachim", "baues", "x"]);
    expect(key("Köglmeier, Sebastian")).toBe(key("Sebastian Koglmeier"));
  });

  it("makes ASCII slugs", () => {
    expect(asciiSlug("Sélène Bonnet‐Zahedi")).toBe("selene-bonnet-zahedi");
    expect(asciiSlug("王伟")).toBe("");
  });
});
