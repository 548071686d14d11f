import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Bytes, sha256Hex } from "../../../src/dataset/sha256.ts";

const reference = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("sha256", () => {
  it("gives the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("hashes UTF-8 bytes of the text", () => {
    expect(sha256Hex("Erdős – 数学")).toBe(reference(new TextEncoder().encode("Erdős – 数学")));
  });

  it("agrees with node:crypto at every length around the padding boundaries", () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 0xff);
    for (let length = 0; length <= 300; length++) {
      const message = bytes.subarray(0, length);
      expect(sha256Bytes(message), `length ${length}`).toBe(reference(message));
    }
  });

  it("hashes a view into a larger buffer by its own bytes only", () => {
    const buffer = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) & 0xff);
    const view = buffer.subarray(13, 13 + 200);
    expect(sha256Bytes(view)).toBe(reference(view.slice()));
  });

  it("agrees with node:crypto on a 3 MB buffer", () => {
    const bytes = new Uint8Array(3_000_001);
    let state = 12345;
    for (let i = 0; i < bytes.length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) | 0;
      bytes[i] = state >>> 24;
    }
    expect(sha256Bytes(bytes)).toBe(reference(bytes));
  });
});
