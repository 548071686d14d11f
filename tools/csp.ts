/**
 * The app's Content-Security-Policy, in one place: index.html carries it as a `<meta>`, and
 * `vite preview` and the browser-test server send it as a header (tests/unit/hardening/csp.test.ts
 * checks that the three agree).
 *
 * - scripts only from the page's own origin: no inline script, no eval, no other origin;
 * - workers from the origin or from Blob URLs (the single-file build starts its workers from Blobs);
 * - styles: 'unsafe-inline' because sigma adds a `<style>` element for its gesture hint and D3
 *   code may set `style` attributes; style injection cannot run script;
 * - images: data: and blob: for the PNG export (an SVG drawn through a Blob URL) and the favicon;
 * - nothing may be fetched, framed, posted or used as a base from anywhere else.
 */
import { createHash } from "node:crypto";

export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  "default-src": "'self'",
  "script-src": "'self'",
  "worker-src": "'self' blob:",
  "style-src": "'self' 'unsafe-inline'",
  "img-src": "'self' data: blob:",
  "font-src": "'self' data:",
  "connect-src": "'self'",
  "object-src": "'none'",
  "frame-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'none'",
};

export function cspText(directives: Readonly<Record<string, string>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

export const APP_CSP = cspText();

const META_PATTERN = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** The CSP that a page's `<meta http-equiv>` declares, or undefined. */
export function metaCsp(html: string): string | undefined {
  return META_PATTERN.exec(html)?.[1];
}

/** sha256 source expressions of the page's inline executable scripts (JSON data blocks are not run). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1];
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
    if (type !== undefined && type !== "module" && type !== "text/javascript" && type !== "application/javascript") continue;
    hashes.push(`'sha256-${createHash("sha256").update(match[2], "utf8").digest("base64")}'`);
  }
  return hashes;
}

/**
 * For a self-contained page (the single-file build, opened from file://): the same policy, except
 * that its own inline scripts are allowed by hash instead of by origin. Pages without the app's
 * meta are returned unchanged.
 */
export function withInlineScriptHashes(html: string): string {
  if (!META_PATTERN.test(html)) return html;
  const hashes = inlineScriptHashes(html);
  const policy = cspText({ ...CSP_DIRECTIVES, "script-src": ["'self'", ...hashes].join(" ") });
  return html.replace(META_PATTERN, () => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}
