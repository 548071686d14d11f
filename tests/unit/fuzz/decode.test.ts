/**
 * Bytes → text, as the command line and the app decode every file: any bytes (BOMs, XML encoding
 * declarations, invalid UTF-8, UTF-16 without BOM) give a string and never throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/cli/io.ts";
import { decodeBytes, detectEncoding } from "../../../src/app/decode.ts";
import { params } from "./settings.ts";

const PREFIXES = [
  [], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0x00, 0x00],
  [...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?>')],
  [...new TextEncoder().encode('<?xml version="1.0" encoding="x-unknown-charset"?>')],
  [...new TextEncoder().encode('<?xml encoding="utf-16"?>')],
  [...new TextEncoder().encode("<?xml version='1.0' encoding='windows-1252'")],
];

describe("decoding any bytes", () => {
  it("gives a string, never throws, and keeps valid UTF-8 as it is", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PREFIXES), fc.uint8Array({ maxLength: 300 }), (prefix, body) => {
        const bytes = new Uint8Array([...prefix, ...body]);
        expect(typeof detectEncoding(bytes)).toBe("string");
        expect(typeof decodeBytes(bytes)).toBe("string");
        const text = decodeText(bytes);
        expect(typeof text).toBe("string");
        if (prefix.length === 0 && body.length > 0 && body[0] !== 0xff && body[0] !== 0xfe && body[0] !== 0xef && body[0] !== 0x3c) {
          let valid: string | undefined;
          try {
            valid = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
          } catch {
            valid = undefined;
          }
          if (valid !== undefined) expect(text).toBe(valid);
        }
      }),
      params(300),
    );
  });
});
