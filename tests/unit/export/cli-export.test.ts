import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { runCli } from "../cli/run-cli.ts";
import { defaultAtlas, DEFAULT_BIB } from "./fixture.ts";
import { pngHeader } from "./png-reader.ts";

const dir = mkdtempSync(join(tmpdir(), "atlas-export-"));
const withBytes = { writeBytes: (path: string, bytes: Uint8Array) => writeFileSync(path, bytes) };

function exportTo(name: string, ...args: string[]) {
  const output = join(dir, name);
  return { output, run: runCli(["export", ...args, "-o", output], withBytes) };
}

describe("coauthor-atlas export", () => {
  it("writes GEXF from a .bib with the positions `build` stores (seed 1)", async () => {
    const { output, run } = exportTo("atlas.gexf", DEFAULT_BIB, "--format", "gexf");
    const result = await run;
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote ${output}: GEXF, 470 nodes, 493 edges\n`);
    const graph = parse(Graph, readFileSync(output, "utf8"));
    const positions = defaultAtlas().layout!.positions;
    graph.forEachNode((node, attributes) => expect([attributes.x, attributes.y]).toEqual(positions[node]));
  });

  it("keeps a dataset file's own layout (seed 7 stays seed 7)", async () => {
    const atlasPath = join(dir, "seed7.atlas.json");
    expect((await runCli(["build", DEFAULT_BIB, "--seed", "7", "-o", atlasPath])).code).toBe(0);
    const stored = JSON.parse(readFileSync(atlasPath, "utf8")).layout.positions;
    const { output, run } = exportTo("seed7.graphml", atlasPath, "--format", "graphml");
    expect((await run).code).toBe(0);
    const text = readFileSync(output, "utf8");
    const node = "a:vinay-venkatesh-ramasesh";
    const block = text.slice(text.indexOf(`<node id="${node}">`));
    expect(Number(/<data key="x">([^<]+)</.exec(block)![1])).toBe(stored[node][0]);
  });

  it("writes SVG and PNG pictures of the requested size", async () => {
    const svg = exportTo("atlas.svg", DEFAULT_BIB, "--format", "svg", "--width", "1000", "--theme", "projector");
    const svgRun = await svg.run;
    expect(svgRun.code).toBe(0);
    expect(svgRun.stdout).toMatch(/^wrote .*atlas\.svg: SVG 1000×\d+, 470 nodes, 493 edges, 8 labels\n$/);
    expect(readFileSync(svg.output, "utf8")).toMatch(/<text [^>]*>Vinay Venkatesh Ramasesh<\/text>/);

    const png = exportTo("atlas.png", DEFAULT_BIB, "--format", "png", "--width", "800", "--height", "600", "--transparent");
    const pngRun = await png.run;
    expect(pngRun.code).toBe(0);
    expect(pngHeader(new Uint8Array(readFileSync(png.output)))).toMatchObject({ width: 800, height: 600 });
  });

  it("writes CSL-JSON items", async () => {
    const { output, run } = exportTo("papers.json", DEFAULT_BIB, "--format", "csljson");
    const result = await run;
    expect(result.stdout).toBe(`wrote ${output}: 8 CSL-JSON items\n`);
    expect(JSON.parse(readFileSync(output, "utf8"))).toHaveLength(8);
  });

  it("fails with one line and exit 1 for a bad format, theme, width, unreadable input or unwritable output", async () => {
    const cases: [string[], RegExp][] = [
      [[DEFAULT_BIB, "--format", "jpeg"], /unknown export format "jpeg" \(formats: svg, png, gexf, graphml, csljson\)/],
      [[DEFAULT_BIB, "--format", "svg", "--theme", "neon"], /unknown theme "neon"/],
      [[DEFAULT_BIB, "--format", "png", "--width", "5000"], /--width must be at most 3840/],
      [[join(dir, "missing.bib"), "--format", "svg"], /cannot read .*missing\.bib: no such file/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(["export", ...args, "-o", join(dir, "x.out")], withBytes);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
    const garbage = join(dir, "garbage.txt");
    writeFileSync(garbage, "\u0000\u0001 nothing here");
    expect((await runCli(["export", garbage, "--format", "svg", "-o", join(dir, "g.svg")])).code).toBe(1);
    const unwritable = await runCli(["export", DEFAULT_BIB, "--format", "gexf", "-o", join(dir, "no", "such", "dir.gexf")]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/^coauthor-atlas: cannot write .*dir\.gexf/);
  });

  it("refuses an author–author network without papers (a GML file) with exit 1 instead of an empty picture", async () => {
    const gml = join(dir, "net.gml");
    writeFileSync(gml, "graph [\n  node [ id 1 label \"Ann Lee\" ]\n  node [ id 2 label \"Bo Chen\" ]\n  edge [ source 1 target 2 value 2 ]\n]\n");
    const result = await runCli(["export", gml, "--format", "gexf", "-o", join(dir, "net.gexf")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/an author–author network \(2 people, 1 link\) without papers/);
  });

  it("is a usage error (exit 2) without --format or -o, or with a non-numeric width", async () => {
    expect((await runCli(["export", DEFAULT_BIB, "-o", join(dir, "a.svg")])).code).toBe(2);
    expect((await runCli(["export", DEFAULT_BIB, "--format", "svg"])).code).toBe(2);
    expect((await runCli(["export", DEFAULT_BIB, "--format", "svg", "--width", "wide", "-o", join(dir, "a.svg")])).code).toBe(2);
  });

  it("is listed in the overview and has help", async () => {
    expect((await runCli(["--help"])).stdout).toMatch(/export\s+write the graph as SVG, PNG, GEXF or GraphML/);
    const help = await runCli(["export", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--format F      one of svg, png, gexf, graphml, csljson");
  });
});
