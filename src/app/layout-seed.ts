/**
 * The layout seed of datasets built without one (the same value as dataset/build.ts's, checked by
 * tests/unit/app/lazy.test.ts). Its own module so the app's first chunk does not import the whole
 * build pipeline (identity, every importer, the layout) for one number: that runs in the workers.
 */
export const DEFAULT_LAYOUT_SEED = 1;
