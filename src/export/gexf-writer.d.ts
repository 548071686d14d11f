// graphology-gexf's string-based writer (no DOM), imported alone: the package's browser entry
// also loads a parser that needs a global DOMParser, and its Node entry loads @xmldom/xmldom.
declare module "graphology-gexf/common/writer.js" {
  import type Graph from "graphology";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";
  export default function write(graph: Graph, options?: GexfWriterOptions): string;
}
