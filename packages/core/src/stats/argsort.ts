/**
 * The row order of non-negative scores, ascending (stable). A least-significant-digit radix sort
 * on the doubles' bits, which order like unsigned integers for non-negative numbers: 1,000,000
 * scores take tens of milliseconds, where `indices.sort((a, b) => s[a] - s[b])` takes about a
 * second (a comparator call per comparison) and the native typed-array sort cannot carry indices.
 * Digits every key shares (the exponent bits of probabilities, mostly) cost a histogram, no pass.
 */
export function argsortNonNegative(values: Float64Array): Uint32Array {
  return sortNonNegative(values).order;
}

/** The row order and the values in it (the sort's keys, so the sorted values cost no gather). */
export function sortNonNegative(values: Float64Array): { order: Uint32Array; sorted: Float64Array } {
  const n = values.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!(v >= 0)) throw new Error(`argsortNonNegative: value ${v} at ${i} is not a non-negative number`);
    keys[i] = v === 0 ? 0 : v; // -0 has the sign bit set: it sorts as 0
  }
  const words = new Uint32Array(keys.buffer); // little-endian: [2i] low word, [2i + 1] high word
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    lo[i] = words[2 * i];
    hi[i] = words[2 * i + 1];
    idx[i] = i;
  }
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  const count = new Uint32Array(1 << 16);
  for (let digit = 0; digit < 4; digit++) {
    const src = digit < 2 ? lo : hi;
    const shift = (digit & 1) * 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(src[i] >>> shift) & 0xffff]++;
    if (n === 0 || count[(src[0] >>> shift) & 0xffff] === n) continue; // every key shares this digit
    let sum = 0;
    for (let d = 0; d < 1 << 16; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = count[(src[i] >>> shift) & 0xffff]++;
      lo2[at] = lo[i];
      hi2[at] = hi[i];
      idx2[at] = idx[i];
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
    [idx, idx2] = [idx2, idx];
  }
  for (let i = 0; i < n; i++) {
    words[2 * i] = lo[i];
    words[2 * i + 1] = hi[i];
  }
  return { order: idx, sorted: keys };
}
