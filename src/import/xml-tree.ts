/**
 * Reading the plain-object trees fast-xml-parser builds: text of a node however it
 * came out (string, number, `#text` object, mixed content), attributes, child lists.
 * Entities are NOT decoded by the parser (processEntities: false); callers decode.
 */
import { XMLParser } from "fast-xml-parser";
import { decodeEntities } from "./markup.ts";
import { cleanText } from "./normalize.ts";

export type XmlNode = unknown;

export const ATTR = "@_";

/** A parser that keeps attributes, never coerces values, and leaves entities to us. */
export function xmlParser(arrayTags: ReadonlySet<string>): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    textNodeName: "#text",
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    removeNSPrefix: true,
    isArray: (name) => arrayTags.has(name),
  });
}

/** All text inside a node, in document order, entities decoded, white space collapsed. */
export function textOf(node: XmlNode): string | undefined {
  return cleanText(decodeEntities(rawText(node)));
}

function rawText(node: XmlNode): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return String(node);
  if (Array.isArray(node)) return node.map(rawText).join(" ");
  if (typeof node === "object") {
    const parts: string[] = [];
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key.startsWith(ATTR)) continue;
      parts.push(rawText(value));
    }
    return parts.join(" ");
  }
  return "";
}

/** An attribute value, decoded. */
export function attr(node: XmlNode, name: string): string | undefined {
  if (!node || typeof node !== "object" || Array.isArray(node)) return undefined;
  const value = (node as Record<string, unknown>)[ATTR + name];
  return value === undefined ? undefined : cleanText(decodeEntities(String(value)));
}

/** A child (or children) by name, always as an array. */
export function children(node: XmlNode, name: string): XmlNode[] {
  if (!node || typeof node !== "object" || Array.isArray(node)) return [];
  const value = (node as Record<string, unknown>)[name];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

