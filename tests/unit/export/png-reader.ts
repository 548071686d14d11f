/** Just enough PNG reading for tests: the IHDR header and the top-left pixel. */
import { inflateSync } from "node:zlib";

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  if (!SIGNATURE.every((byte, index) => png[index] === byte)) throw new Error("not a PNG");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: { type: string; data: Uint8Array }[] = [];
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    found.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  return found;
}

export function pngHeader(png: Uint8Array): PngHeader {
  const ihdr = chunks(png)[0];
  if (ihdr.type !== "IHDR") throw new Error("IHDR is not the first chunk");
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, ihdr.data.byteLength);
  return { width: view.getUint32(0), height: view.getUint32(4), bitDepth: ihdr.data[8], colorType: ihdr.data[9] };
}

/**
 * RGBA of pixel (0, 0) of an 8-bit RGBA image. Whatever the first row's filter, its first pixel
 * is stored raw (its left and upper neighbours are zero), so no unfiltering is needed.
 */
export function topLeftPixel(png: Uint8Array): [number, number, number, number] {
  const header = pngHeader(png);
  if (header.colorType !== 6 || header.bitDepth !== 8) throw new Error(`expected 8-bit RGBA, got type ${header.colorType} depth ${header.bitDepth}`);
  const idat = chunks(png).filter((chunk) => chunk.type === "IDAT");
  const joined = new Uint8Array(idat.reduce((sum, chunk) => sum + chunk.data.length, 0));
  let at = 0;
  for (const chunk of idat) {
    joined.set(chunk.data, at);
    at += chunk.data.length;
  }
  const raw = inflateSync(joined);
  return [raw[1], raw[2], raw[3], raw[4]];
}
