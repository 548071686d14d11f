/**
 * Small readers for untyped JSON from APIs: a field as text, number, array or object,
 * never throwing on the wrong shape.
 */
export type Json = unknown;

export function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function field(value: Json, ...path: (string | number)[]): Json {
  let current: Json = value;
  for (const step of path) {
    if (typeof step === "number") current = Array.isArray(current) ? current[step] : undefined;
    else current = isObject(current) ? current[step] : undefined;
    if (current === undefined || current === null) return undefined;
  }
  return current;
}

export function text(value: Json, ...path: (string | number)[]): string | undefined {
  const found = field(value, ...path);
  if (typeof found === "string") return found;
  if (typeof found === "number" || typeof found === "boolean") return String(found);
  return undefined;
}

export function list(value: Json, ...path: (string | number)[]): Json[] {
  const found = field(value, ...path);
  return Array.isArray(found) ? found : [];
}

/** JSON.parse that reports instead of throwing. */
export function parseJson(source: string): { ok: true; value: Json } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(source.replace(/^\uFEFF/, "")) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.slice(0, 200) : String(error) };
  }
}
