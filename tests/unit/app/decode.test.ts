import { describe, expect, it } from "vitest";
import { decodeBytes, detectEncoding } from "../../../src/app/decode.ts";
import { emptyImportMessage, statusText } from "../../../src/app/status.ts";

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe("decodeBytes", () => {
  it("reads UTF-8 by default and drops its BOM", () => {
    const bytes = new TextEncoder().encode("\uFEFF@article{x, author={Müller}}");
    expect(detectEncoding(bytes)).toBe("utf-8");
    expect(decodeBytes(bytes)).toBe("@article{x, author={Müller}}");
  });

  it("honours a latin1 XML declaration", () => {
    const bytes = latin1(`<?xml version="1.0" encoding="ISO-8859-1"?>\n<dblp><author>J\u00fcrgen Sch\u00f6n</author></dblp>`);
    expect(detectEncoding(bytes)).toBe("windows-1252");
    expect(decodeBytes(bytes)).toContain("Jürgen Schön");
  });

  it("reads windows-1252 curly quotes in a latin1 file", () => {
    const bytes = Uint8Array.from([...latin1(`<?xml version='1.0' encoding='latin1'?><t>`), 0x93, 0x41, 0x94]);
    expect(decodeBytes(bytes)).toBe(`<?xml version='1.0' encoding='latin1'?><t>\u201CA\u201D`);
  });

  it("keeps UTF-8 for a UTF-8 XML declaration and for UTF-16 with a BOM", () => {
    expect(detectEncoding(new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?><a/>`))).toBe("utf-8");
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toBe("Aé");
  });

  it("never throws on invalid UTF-8", () => {
    expect(decodeBytes(Uint8Array.from([0x41, 0xff, 0x42]))).toBe("A\uFFFDB");
  });
});

describe("statusText", () => {
  const many = (n: number) => Array.from({ length: n }, () => ({}));
  it("says papers and people", () => {
    expect(statusText({ papers: many(8), people: many(462) } as never)).toBe("8 papers · 462 people");
    expect(statusText({ papers: many(1), people: many(1) } as never)).toBe("1 paper · 1 person");
    expect(statusText({ papers: many(0), people: many(1200) } as never)).toBe("0 papers · 1,200 people");
  });
});

describe("emptyImportMessage", () => {
  it("names an author–author network for what it is", () => {
    const network = { people: [{ id: "1", name: "A" }, { id: "2", name: "B" }], links: [{ source: "1", target: "2", weight: 1 }] };
    expect(emptyImportMessage({ coauthorNetwork: network })).toMatch(/^This is an author–author network \(2 people, 1 links\) without papers/);
    expect(emptyImportMessage({})).toMatch(/^No publications could be read from these files; the current dataset is kept/);
  });
});
