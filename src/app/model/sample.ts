// Samples for distinctive terms, as Media Cloud samples stories for its word counts: the
// set and the rest of the corpus are each read through at most SAMPLE_SIZE articles. The
// corpus has one fixed pseudo-random order and a sample is the first members met in it,
// so a set always gets the same sample and overlapping sets share most of theirs.
import { rng } from './random';

export const SAMPLE_SIZE = 1000;

/** A fixed shuffle of 0..n-1 (Fisher–Yates over a seeded generator). */
export function sampleOrder(n: number, seed = 7): Uint32Array {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  const r = rng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

export interface Sample {
  set: Uint32Array;
  rest: Uint32Array;
  /** How many articles the set and the rest have in all (the sample is of these). */
  setSize: number;
  restSize: number;
}

/** The first `size` members of the set and of the rest in the fixed order. */
export function takeSample(order: Uint32Array, inSet: Uint8Array, size = SAMPLE_SIZE): Sample {
  const set: number[] = [];
  const rest: number[] = [];
  let setSize = 0;
  for (const i of order) {
    if (inSet[i]) {
      setSize++;
      if (set.length < size) set.push(i);
    } else if (rest.length < size) rest.push(i);
  }
  return { set: Uint32Array.from(set), rest: Uint32Array.from(rest), setSize, restSize: order.length - setSize };
}
