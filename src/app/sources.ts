/**
 * Re-running identity after a decision on a suggested merge (pure parts): which inputs go back
 * to the import worker, and positions kept for every node that is still there.
 */
import type { AliasFile, AtlasFile, InputFile } from "../model/types.ts";
import { aliasFileText } from "../panels/sources-model.ts";

/** The alias file the app adds to the inputs; replaced, not stacked, on every decision. */
export const APP_ALIAS_INPUT = "aliases.json";

/**
 * The inputs of the shown dataset plus the alias file. A dataset that came without inputs
 * (the default one, a dataset file) goes back as its own JSON: identity re-collects its records.
 */
export function rebuildInputs<F extends { name: string }>(lastInputs: readonly F[], atlas: AtlasFile, aliases: AliasFile): (F | InputFile)[] {
  const aliasInput: InputFile = { name: APP_ALIAS_INPUT, text: aliasFileText(aliases) };
  if (lastInputs.length === 0) {
    // The alias file carries every decision, so the dataset's own copy of them is left out.
    const { provenance, ...rest } = atlas;
    const settings = { ...provenance.settings };
    delete settings.aliases;
    const bare: AtlasFile = { ...rest, provenance: { ...provenance, settings } };
    return [{ name: "dataset.atlas.json", text: JSON.stringify(bare) }, aliasInput];
  }
  return [...lastInputs.filter((input) => input.name !== APP_ALIAS_INPUT), aliasInput];
}

/** The new dataset with the previous positions of every node it shares with the old one. */
export function keepPositions(previous: AtlasFile, next: AtlasFile): AtlasFile {
  const old = previous.layout?.positions;
  const fresh = next.layout?.positions;
  if (!old || !fresh || !next.layout) return next;
  const positions = { ...fresh };
  for (const node of Object.keys(positions)) {
    const kept = old[node];
    if (kept) positions[node] = kept;
  }
  return { ...next, layout: { ...next.layout, positions } };
}
