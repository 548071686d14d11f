/**
 * Family names one letter apart (`Bauer` / `Baues`, `Smith` / `Smyth`, `Schmid` / `Schmidt`): two
 * keys are one letter apart when they share a deletion variant (the key itself, or the key with
 * one letter deleted). The buckets are the groups of keys sharing a variant.
 *
 * `oneLetterBuckets` finds them with variants hashed arithmetically into typed arrays, without
 * making the ~10 variant strings per key (at 100k people that was ~400k strings and a Map of them,
 * most of this stage's time). Every bucket is then checked letter by letter; when two different
 * variants collided (very rare) the string index answers instead, so the result is always exact.
 */

/** Keys shorter than this have too many neighbours to mean anything; longer ones come from broken records (quadratic). */
export const MIN_KEY_LENGTH = 4;
export const MAX_KEY_LENGTH = 64;

/**
 * Groups of key indexes sharing a deletion variant, only groups of two or more, in the order
 * their variant was first produced (keys in input order, each key itself, then its deletions
 * left to right); inside a group, in input order. Each key appears once per group.
 */
export function oneLetterBuckets(keys: readonly string[]): number[][] {
  return hashedBuckets(keys) ?? stringBuckets(keys);
}

function eligible(key: string): boolean {
  return key.length >= MIN_KEY_LENGTH && key.length <= MAX_KEY_LENGTH;
}

/** The reference: variant strings in a Map. */
export function stringBuckets(keys: readonly string[]): number[][] {
  const byVariant = new Map<string, number | number[]>();
  const add = (variant: string, key: number): void => {
    const known = byVariant.get(variant);
    if (known === undefined) byVariant.set(variant, key);
    else if (typeof known === "number") byVariant.set(variant, [known, key]);
    else known.push(key);
  };
  keys.forEach((key, index) => {
    if (!eligible(key)) return;
    add(key, index);
    for (let i = 0; i < key.length; i++) {
      // Deleting either letter of a doubled pair gives the same variant: each key is listed once per variant.
      if (i > 0 && key[i] === key[i - 1]) continue;
      add(key.slice(0, i) + key.slice(i + 1), index);
    }
  });
  const buckets: number[][] = [];
  for (const members of byVariant.values()) if (typeof members !== "number") buckets.push(members);
  return buckets;
}

const NONE = -1;
/** Two odd multipliers: the two 32-bit polynomial hashes together tell variants apart. */
const BASE_A = 0x9e3779b1 | 0;
const BASE_B = 0x85ebca77 | 0;

/** The same buckets through hashes in typed arrays, or undefined when two variants collided. */
function hashedBuckets(keys: readonly string[]): number[][] | undefined {
  let variantCount = 0;
  for (const key of keys) if (eligible(key)) variantCount += key.length + 1;
  if (variantCount === 0) return [];
  let capacity = 1;
  while (capacity < variantCount * 2) capacity *= 2;
  const mask = capacity - 1;
  // Open addressing: slot → bucket; bucket → its hash pair and a list of entries (key, deleted position).
  const slotBucket = new Int32Array(capacity).fill(NONE);
  const bucketHashA = new Int32Array(variantCount);
  const bucketHashB = new Int32Array(variantCount);
  const bucketHead = new Int32Array(variantCount);
  const bucketTail = new Int32Array(variantCount);
  const bucketSize = new Int32Array(variantCount);
  const entryKey = new Int32Array(variantCount);
  const entryDeleted = new Int32Array(variantCount);
  const entryNext = new Int32Array(variantCount);
  let buckets = 0;
  let entries = 0;
  const add = (hashA: number, hashB: number, key: number, deleted: number): void => {
    let slot = (hashA ^ Math.imul(hashB, 0x27d4eb2d)) & mask;
    let bucket = slotBucket[slot];
    while (bucket !== NONE && (bucketHashA[bucket] !== hashA || bucketHashB[bucket] !== hashB)) {
      slot = (slot + 1) & mask;
      bucket = slotBucket[slot];
    }
    const entry = entries++;
    entryKey[entry] = key;
    entryDeleted[entry] = deleted;
    entryNext[entry] = NONE;
    if (bucket === NONE) {
      bucket = buckets++;
      slotBucket[slot] = bucket;
      bucketHashA[bucket] = hashA;
      bucketHashB[bucket] = hashB;
      bucketHead[bucket] = entry;
      bucketSize[bucket] = 0;
    } else {
      entryNext[bucketTail[bucket]] = entry;
    }
    bucketTail[bucket] = entry;
    bucketSize[bucket]++;
  };

  // Per key: prefix hashes, suffix hashes and powers of the bases, reused across keys.
  const prefixA = new Int32Array(MAX_KEY_LENGTH + 2);
  const prefixB = new Int32Array(MAX_KEY_LENGTH + 2);
  const suffixA = new Int32Array(MAX_KEY_LENGTH + 2);
  const suffixB = new Int32Array(MAX_KEY_LENGTH + 2);
  const powerA = new Int32Array(MAX_KEY_LENGTH + 2);
  const powerB = new Int32Array(MAX_KEY_LENGTH + 2);
  powerA[0] = 1;
  powerB[0] = 1;
  for (let i = 1; i < powerA.length; i++) {
    powerA[i] = Math.imul(powerA[i - 1], BASE_A);
    powerB[i] = Math.imul(powerB[i - 1], BASE_B);
  }
  keys.forEach((key, index) => {
    if (!eligible(key)) return;
    const n = key.length;
    // prefix[i] = hash of key[0..i); suffix[i] = hash of key[i..n); hash(t) = Σ t[k]·B^(|t|-1-k) mod 2^32.
    prefixA[0] = 0;
    prefixB[0] = 0;
    for (let i = 0; i < n; i++) {
      const code = key.charCodeAt(i);
      prefixA[i + 1] = (Math.imul(prefixA[i], BASE_A) + code) | 0;
      prefixB[i + 1] = (Math.imul(prefixB[i], BASE_B) + code) | 0;
    }
    suffixA[n] = 0;
    suffixB[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      const code = key.charCodeAt(i);
      suffixA[i] = (Math.imul(code, powerA[n - 1 - i]) + suffixA[i + 1]) | 0;
      suffixB[i] = (Math.imul(code, powerB[n - 1 - i]) + suffixB[i + 1]) | 0;
    }
    add(prefixA[n], prefixB[n], index, NONE);
    for (let i = 0; i < n; i++) {
      if (i > 0 && key.charCodeAt(i) === key.charCodeAt(i - 1)) continue;
      // key without letter i: key[0..i) shifted past the n-1-i letters after it, plus key[i+1..n).
      const hashA = (Math.imul(prefixA[i], powerA[n - 1 - i]) + suffixA[i + 1]) | 0;
      const hashB = (Math.imul(prefixB[i], powerB[n - 1 - i]) + suffixB[i + 1]) | 0;
      add(hashA, hashB, index, i);
    }
  });

  const result: number[][] = [];
  for (let bucket = 0; bucket < buckets; bucket++) {
    // A bucket of one is one variant (skipped). Two variants that collided share a bucket of
    // two or more, whose members then differ from its first: that check catches every collision.
    if (bucketSize[bucket] < 2) continue;
    const first = bucketHead[bucket];
    const members: number[] = [];
    for (let entry = first; entry !== NONE; entry = entryNext[entry]) {
      if (!sameVariant(keys, entryKey[first], entryDeleted[first], entryKey[entry], entryDeleted[entry])) return undefined;
      members.push(entryKey[entry]);
    }
    result.push(members);
  }
  return result;
}

/** Whether key a without letter `deletedA` (-1: none) equals key b without letter `deletedB`. */
function sameVariant(keys: readonly string[], a: number, deletedA: number, b: number, deletedB: number): boolean {
  const keyA = keys[a];
  const keyB = keys[b];
  const length = keyA.length - (deletedA === NONE ? 0 : 1);
  if (keyB.length - (deletedB === NONE ? 0 : 1) !== length) return false;
  for (let k = 0; k < length; k++) {
    const charA = keyA.charCodeAt(deletedA !== NONE && k >= deletedA ? k + 1 : k);
    const charB = keyB.charCodeAt(deletedB !== NONE && k >= deletedB ? k + 1 : k);
    if (charA !== charB) return false;
  }
  return true;
}
