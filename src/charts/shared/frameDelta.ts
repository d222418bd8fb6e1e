/**
 * Frames travel as the first frame in full, then each later frame as the difference from the one
 * before it: consecutive states share most of their geometry, so only what changes is sent.
 * Works on any JSON: objects are diffed key by key, arrays of the same length index by index
 * (the charts list the same keyed marks in every state), anything else is replaced whole.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A change to a value: a replacement, or the changes inside an object or array. */
type Patch = { $: Json } | { o: Record<string, Patch>; d?: string[] } | { a: Record<string, Patch> };

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function diff(before: Json | undefined, after: Json): Patch | undefined {
  if (JSON.stringify(before) === JSON.stringify(after)) return undefined;
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    const changes: Record<string, Patch> = {};
    after.forEach((item, index) => {
      const change = diff(before[index], item);
      if (change) changes[index] = change;
    });
    return { a: changes };
  }
  if (isObject(before) && isObject(after)) {
    const changes: Record<string, Patch> = {};
    for (const [key, value] of Object.entries(after)) {
      const change = diff(before[key], value);
      if (change) changes[key] = change;
    }
    const removed = Object.keys(before).filter((key) => !(key in after));
    return removed.length > 0 ? { o: changes, d: removed } : { o: changes };
  }
  return { $: after };
}

function apply(before: Json | undefined, patch: Patch): Json {
  if ("$" in patch) return patch.$;
  if ("a" in patch) {
    const list = Array.isArray(before) ? [...before] : [];
    for (const [index, change] of Object.entries(patch.a)) list[Number(index)] = apply(list[Number(index)], change);
    return list;
  }
  const object: { [key: string]: Json } = isObject(before) ? { ...before } : {};
  for (const key of patch.d ?? []) delete object[key];
  for (const [key, change] of Object.entries(patch.o)) object[key] = apply(object[key], change);
  return object;
}

/** The encoded frames: the first in full, then one patch per later frame. */
export interface EncodedFrames {
  first: unknown;
  patches: unknown[];
}

/** Encodes frames for the page (build time). The frames must be plain JSON data. */
export function encodeFrames(frames: readonly unknown[]): EncodedFrames {
  const plain = JSON.parse(JSON.stringify(frames)) as Json[];
  return {
    first: plain[0] ?? null,
    patches: plain.slice(1).map((frame, index) => diff(plain[index], frame) ?? { o: {} }),
  };
}

/** Decodes what {@link encodeFrames} wrote (browser). */
export function decodeFrames<Frame>(encoded: EncodedFrames): Frame[] {
  const frames: Json[] = [encoded.first as Json];
  for (const patch of encoded.patches) frames.push(apply(frames.at(-1), patch as Patch));
  return frames as Frame[];
}
