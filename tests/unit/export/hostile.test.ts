import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { renderSvg } from "../../../src/export/svg.ts";
import { renderGexf } from "../../../src/export/gexf.ts";
import { renderGraphml } from "../../../src/export/graphml.ts";
import { renderCslJson } from "../../../src/export/csljson.ts";
import { parseCslJson } from "../../../src/import/csljson.ts";
import type { AtlasFile } from "../../../src/model/types.ts";
import { defaultAtlas } from "./fixture.ts";

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Any UTF-16 text, lone surrogates and control characters included, plus markup-looking pieces. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("<script>alert(1)</script>", "]]>", "&amp;", "\"'<>&", "\u0000\u0008\u000b\ufffe\uffff", "\ud800", "--><!--", "{{x}}"),
);

describe("exports of hostile names and titles (seeded fast-check)", () => {
  const atlas = defaultAtlas();

  it("always give well-formed XML and valid JSON, never throw", () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 3, maxLength: 3 }), ([name, title, datasetTitle]) => {
        const hostile: AtlasFile = structuredClone(atlas);
        hostile.people.find((person) => person.id === hostile.focalPersonId)!.name = name;
        hostile.papers[0].title = title;
        hostile.title = datasetTitle;
        for (const xml of [renderSvg(hostile, { width: 400 }), renderGexf(hostile), renderGraphml(hostile)]) {
          expect(XMLValidator.validate(xml)).toBe(true);
          // The validator does not check characters: nothing XML 1.0 forbids may be left.
          expect(xml).not.toMatch(NOT_XML);
        }
        const csl = renderCslJson(hostile);
        expect(JSON.parse(csl)).toHaveLength(8);
        expect(parseCslJson(csl, "h.json").records.length + parseCslJson(csl, "h.json").skipped).toBe(8);
      }),
      { seed: 20240607, numRuns: 25 },
    );
  });
});
