/**
 * SVG → PNG in the browser: the SVG of svg.ts drawn into a canvas through an <img> (Blob URL),
 * then encoded by the browser. Same picture as the command line's PNG up to font rasterising.
 * Needs a window (Image); the app's export buttons call it.
 */

/** Pixel height for `width` from the SVG's own width/height attributes (its aspect). */
export function svgHeightFor(svg: string, width: number): number {
  const head = svg.slice(0, svg.indexOf(">") + 1);
  const w = Number(/\swidth="([\d.]+)"/.exec(head)?.[1]);
  const h = Number(/\sheight="([\d.]+)"/.exec(head)?.[1]);
  return w > 0 && h > 0 ? Math.max(1, Math.round((width * h) / w)) : width;
}

export async function svgToPngBlob(svg: string, width: number): Promise<Blob> {
  const height = svgHeightFor(svg, width);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image(width, height);
    image.decoding = "async";
    image.src = url;
    await image.decode();
    if (typeof OffscreenCanvas !== "undefined") {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2D canvas context for the PNG export");
      context.drawImage(image, 0, 0, width, height);
      return await canvas.convertToBlob({ type: "image/png" });
    }
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas context for the PNG export");
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
