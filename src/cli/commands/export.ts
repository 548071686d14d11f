import type { AtlasFile } from "../../model/types.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { CliError, EXIT_USAGE } from "../errors.ts";
import { flag, integerOption, stringOption } from "../options.ts";
import { loadAtlas } from "../load.ts";
import { groupThousands, ProgressLine } from "../progress.ts";
import type { CliIo } from "../io.ts";
import { renderCslJson } from "../../export/csljson.ts";
import { renderGexf } from "../../export/gexf.ts";
import { renderGraphml } from "../../export/graphml.ts";
import { graphSourceFromAtlas, type GraphSource } from "../../export/source.ts";
import { DEFAULT_EXPORT_WIDTH, MAX_EXPORT_WIDTH, MIN_EXPORT_WIDTH, renderSvgPicture, type SvgOptions } from "../../export/svg.ts";
import { isThemeName, THEME_NAMES } from "../../export/theme.ts";
import { plural } from "../format.ts";

const FORMATS = ["svg", "png", "gexf", "graphml", "csljson"] as const;
type ExportFormat = (typeof FORMATS)[number];

export const exportCommand: Command = {
  name: "export",
  summary: "write the graph as SVG, PNG, GEXF or GraphML, or the papers as CSL-JSON",
  help: `Usage: coauthor-atlas export <files…> --format svg|png|gexf|graphml|csljson -o FILE
       [--width N] [--height N] [--transparent] [--theme light|dark|projector] [--aliases F] [--threshold N]

Exports a dataset file or publication files. Graph formats use the dataset's stored layout;
without one the graph is laid out like \`build\` does (seed 1).

Formats:
  svg       the graph as the app shows it at its default zoom: same colours, sizes, shapes and
            labels, with a legend (vectors and <text>, for slides and papers)
  png       the same picture as pixels, exactly --width wide
  gexf      every node and edge with position, colour, size and attributes (Gephi)
  graphml   the same, with keys x, y, size, r, g, b, label, kind (yEd, Gephi, Cytoscape)
  csljson   the papers as CSL-JSON items (Zotero, Pandoc)

Options:
  --format F      one of ${FORMATS.join(", ")} (required)
  -o, --output F  where to write (required)
  --width N       picture width in pixels, ${MIN_EXPORT_WIDTH}–${MAX_EXPORT_WIDTH} (default ${DEFAULT_EXPORT_WIDTH}; svg, png)
  --height N      picture height in pixels (default: from the graph's shape; svg, png)
  --transparent   no background (svg, png)
  --theme T       ${THEME_NAMES.join(", ")} (default light; svg, png)
  --aliases F     alias file with forced merges and splits (JSON, see README)
  --threshold N   papers with more than N authors are hyperauthored (default 25)
  -h, --help      this help

Examples:
  coauthor-atlas export data/ramasesh.bib --format png --width 3840 -o atlas.png
  coauthor-atlas export ramasesh.atlas.json --format svg --theme projector -o talk.svg
  coauthor-atlas export ramasesh.atlas.json --format gexf -o atlas.gexf
`,
  options: {
    ...COMMON_OPTIONS,
    format: { type: "string" },
    output: { type: "string", short: "o" },
    width: { type: "string" },
    height: { type: "string" },
    transparent: { type: "boolean" },
    theme: { type: "string" },
    threshold: { type: "string" },
  },
  async run(args, io) {
    const format = parseFormat(stringOption(args, "format"));
    const output = stringOption(args, "output");
    if (!output) throw new CliError("missing -o FILE", EXIT_USAGE);
    const picture = pictureOptions(args);

    const atlas = loadAtlas(args.positionals, { aliasesPath: stringOption(args, "aliases"), threshold: integerOption(args, "threshold", 1), layout: false }, io);

    if (format === "csljson") {
      writeText(io, output, renderCslJson(atlas));
      io.stdout(`wrote ${output}: ${plural(atlas.papers.length, "CSL-JSON item")}\n`);
      return 0;
    }
    const network = atlas.coauthorNetwork;
    if (network && atlas.papers.length === 0) {
      // The view and every graph export draw the author–paper graph; a bare coauthor network has none.
      throw new CliError(
        `${args.positionals.join(", ")}: an author–author network (${plural(network.people.length, "person", "people")}, ${plural(network.links.length, "link")}) without papers; export draws the author–paper graph, which needs publication records`,
      );
    }
    const source = sourceWithLayout(atlas, io);
    const counts = `${plural(source.graph.order, "node")}, ${plural(source.graph.size, "edge")}`;
    if (format === "gexf" || format === "graphml") {
      writeText(io, output, format === "gexf" ? renderGexf(source) : renderGraphml(source));
      io.stdout(`wrote ${output}: ${format === "gexf" ? "GEXF" : "GraphML"}, ${counts}\n`);
      return 0;
    }
    const drawn = renderSvgPicture(source, picture);
    const size = `${drawn.width}×${drawn.height}`;
    const labels = plural(drawn.labelled.length, "label");
    if (format === "svg") {
      writeText(io, output, drawn.svg);
      io.stdout(`wrote ${output}: SVG ${size}, ${counts}, ${labels}\n`);
      return 0;
    }
    const { svgToPng } = await import("../../export/png.ts");
    let png;
    try {
      png = await svgToPng(drawn.svg, drawn.width);
    } catch (cause) {
      throw new CliError((cause as Error).message);
    }
    for (const warning of png.warnings) io.stderr(`coauthor-atlas: ${warning}\n`);
    writeBytes(io, output, png.png);
    io.stdout(`wrote ${output}: PNG ${png.width}×${png.height}, ${counts}, ${labels}\n`);
    return 0;
  },
};

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) throw new CliError(`missing --format (one of ${FORMATS.join(", ")})`, EXIT_USAGE);
  const name = value.trim().toLowerCase().replace(/^csl-json$/, "csljson");
  if (!(FORMATS as readonly string[]).includes(name)) throw new CliError(`unknown export format "${value}" (formats: ${FORMATS.join(", ")})`);
  return name as ExportFormat;
}

function pictureOptions(args: Parameters<Command["run"]>[0]): SvgOptions {
  const width = integerOption(args, "width", MIN_EXPORT_WIDTH);
  if (width !== undefined && width > MAX_EXPORT_WIDTH) throw new CliError(`--width must be at most ${MAX_EXPORT_WIDTH} (4K), got ${width}`);
  const height = integerOption(args, "height", MIN_EXPORT_WIDTH / 2);
  if (height !== undefined && height > 2 * MAX_EXPORT_WIDTH) throw new CliError(`--height must be at most ${2 * MAX_EXPORT_WIDTH}, got ${height}`);
  const theme = stringOption(args, "theme") ?? "light";
  if (!isThemeName(theme)) throw new CliError(`unknown theme "${theme}" (themes: ${THEME_NAMES.join(", ")})`);
  return { width: width ?? DEFAULT_EXPORT_WIDTH, height, theme, transparent: flag(args, "transparent") };
}

/** The graph with positions: the dataset's own, or a fresh seeded layout with progress on stderr. */
function sourceWithLayout(atlas: AtlasFile, io: CliIo): GraphSource {
  const progress = new ProgressLine(io.stderr, io.now);
  const nodes = atlas.papers.length + atlas.people.length;
  return graphSourceFromAtlas(atlas, {
    onLayoutProgress: (fraction) => progress.report(`laying out ${groupThousands(nodes)} nodes… ${Math.round(fraction * 100)}%`),
  });
}

function writeText(io: CliIo, path: string, text: string): void {
  try {
    io.writeFile(path, text);
  } catch (cause) {
    throw new CliError(`cannot write ${path}: ${(cause as Error).message}`);
  }
}

function writeBytes(io: CliIo, path: string, bytes: Uint8Array): void {
  if (!io.writeBytes) throw new CliError(`cannot write ${path}: this environment writes text only`);
  try {
    io.writeBytes(path, bytes);
  } catch (cause) {
    throw new CliError(`cannot write ${path}: ${(cause as Error).message}`);
  }
}
