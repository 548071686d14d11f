/** The single-file post-build step on a small made-up build folder. */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSingleFile, inlineWorkers } from "../../../tools/vite-single-file.ts";

const dir = mkdtempSync(join(tmpdir(), "single-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

mkdirSync(join(dir, "assets"));
mkdirSync(join(dir, "data"));
writeFileSync(
  join(dir, "index.html"),
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />` +
    `<script type="module" crossorigin src="./assets/index-abc.js"></script><link rel="stylesheet" crossorigin href="./assets/index-abc.css"></head>` +
    `<body><p>app</p></body></html>`,
);
writeFileSync(
  join(dir, "assets/index-abc.js"),
  'const w=new Worker(new URL(new URL(`layout.worker-x1.js`,import.meta.url).href,""+import.meta.url),{type:`module`});const t="</script><!-- </body>";const z=`a\u0000b`;',
);
writeFileSync(join(dir, "assets/layout.worker-x1.js"), 'self.onmessage=(e)=>self.postMessage("</script>"+e.data);');
writeFileSync(join(dir, "assets/index-abc.css"), "body{color:red}</style>");
writeFileSync(join(dir, "data/default.atlas.json"), '{"format":"coauthor-atlas","title":"</script><b>x</b>"}');

describe("buildSingleFile", () => {
  const { html, warnings } = buildSingleFile(dir, "data/default.atlas.json");

  it("inlines the module, the CSS and the dataset, and links nothing", () => {
    expect(warnings).toEqual([]);
    expect(html).not.toMatch(/src="\.\/assets|href="\.\/assets/);
    expect(html).toContain("<style>body{color:red}<\\/style></style>");
    expect(html).toContain('<script type="application/json" id="default-dataset">{"format":"coauthor-atlas","title":"\\u003c/script>\\u003cb>x\\u003c/b>"}</script>\n</body>');
  });

  it("keeps the inline code from ending its element, opening a comment or carrying a NUL", () => {
    const code = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(code).toContain('const t="<\\/script><\\!-- </body>"');
    expect(code).toContain("`a\\u0000b`");
    expect(code).not.toContain("\u0000");
  });

  it("starts the worker from a Blob URL of its code", () => {
    expect(html).toContain('new URL(__atlasWorkerUrl("layout.worker-x1.js"))');
    expect(html).toContain("self.onmessage");
    expect(html).not.toContain("new URL(`layout.worker-x1.js`");
  });

  it("allows exactly its inline module script by hash in the CSP", () => {
    expect(html).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'[;"]/);
  });
});

describe("inlineWorkers", () => {
  it("leaves code without workers alone", () => {
    expect(inlineWorkers("console.log(1)", ["a.worker-1.js"], () => "")).toBe("console.log(1)");
  });
  it("refuses a worker that is a module with imports (it would not run as a classic worker)", () => {
    expect(() => inlineWorkers("new URL(`a.worker-1.js`,import.meta.url)", ["a.worker-1.js"], () => 'import x from "./y.js";')).toThrow(/cannot run as a classic script/);
  });
});
