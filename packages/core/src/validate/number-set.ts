/**
 * A set of numbers for the `unique` check of numeric columns, kept as numbers (a Set of strings
 * of a million ids took about 1.2 s and 100 MB). Integers — ids, mostly dense — go in a bitmap of
 * 8 KB pages (a million consecutive ids: 128 KB); other numbers, and integers once the pages turn
 * out sparse, go in an open-addressing hash table of the doubles themselves. Hand-written: no
 * maintained library keeps float64 keys unboxed. -0 and 0 are one value, as they are as numbers.
 */
export class NumberSet {
  private pages: Map<number, Int32Array> | undefined = new Map();
  private keys = new Float64Array(1024).fill(NaN);
  private used = 0;
  private size = 0;
  private readonly view = new Float64Array(1);
  private readonly bits = new Int32Array(this.view.buffer);

  /** Adds `v` (never NaN); false when it was there already. */
  add(v: number): boolean {
    if (this.pages !== undefined && Number.isSafeInteger(v)) {
      const page = Math.floor(v / PAGE_BITS);
      let p = this.pages.get(page);
      if (p === undefined) {
        p = new Int32Array(PAGE_BITS / 32);
        this.pages.set(page, p);
        // Sparse pages (say random 15-digit ids) would cost 8 KB a value: hash them instead.
        if (this.pages.size > 64 && this.pages.size * PAGE_BITS > this.size * 512) {
          this.spill();
          return this.addHashed(v + 0);
        }
      }
      const bit = v - page * PAGE_BITS;
      const mask = 1 << (bit & 31);
      const word = p[bit >>> 5];
      if ((word & mask) !== 0) return false;
      p[bit >>> 5] = word | mask;
      this.size++;
      return true;
    }
    return this.addHashed(v + 0); // + 0 makes -0 into 0
  }

  /** Whether `v` (never NaN) is in the set. */
  has(v: number): boolean {
    if (this.pages !== undefined && Number.isSafeInteger(v)) {
      const p = this.pages.get(Math.floor(v / PAGE_BITS));
      if (p === undefined) return false;
      const bit = v - Math.floor(v / PAGE_BITS) * PAGE_BITS;
      return (p[bit >>> 5] & (1 << (bit & 31))) !== 0;
    }
    const keys = this.keys;
    const mask = keys.length - 1;
    this.view[0] = v + 0;
    for (
      let i = Math.imul(this.bits[0] ^ Math.imul(this.bits[1], 0x9e3779b1), 0x85ebca6b) & mask;
      ;
      i = (i + 1) & mask
    ) {
      const k = keys[i];
      if (k !== k) return false;
      if (k === v) return true;
    }
  }

  /** The memory the set holds, in bytes (its bitmap pages and its hash table). */
  get bytes(): number {
    return (this.pages?.size ?? 0) * (PAGE_BITS / 8) + this.keys.length * 8;
  }

  private addHashed(v: number): boolean {
    if (2 * (this.used + 1) > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = keys.length - 1;
    this.view[0] = v;
    let i = Math.imul(this.bits[0] ^ Math.imul(this.bits[1], 0x9e3779b1), 0x85ebca6b) & mask;
    for (;;) {
      const k = keys[i];
      if (k !== k) break; // empty slot
      if (k === v) return false;
      i = (i + 1) & mask;
    }
    keys[i] = v;
    this.used++;
    this.size++;
    return true;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Float64Array(old.length * 2).fill(NaN);
    this.used = 0;
    const size = this.size;
    for (const k of old) if (k === k) this.addHashed(k);
    this.size = size;
  }

  /** Moves the bitmap's integers into the hash table for good. */
  private spill(): void {
    const pages = this.pages!;
    this.pages = undefined;
    const size = this.size;
    for (const [page, p] of pages) {
      for (let w = 0; w < p.length; w++) {
        for (let word = p[w]; word !== 0; word &= word - 1)
          this.addHashed(page * PAGE_BITS + w * 32 + (31 - Math.clz32(word & -word)));
      }
    }
    this.size = size;
  }
}

const PAGE_BITS = 1 << 16;
