import type { Bag } from './vocabulary.ts';

/**
 * An open-addressing index of one bag's keys. Comparing many short bags with one long bag (the
 * lines of several hosts with a cut article's vocabulary) then costs a lookup per short key
 * instead of a walk through both; keys read off a line's text can be looked up without building
 * (sorting, allocating) that line's bag. Slots are stamped rather than cleared between bags.
 */
export class KeyIndex {
  private slotKey = new Uint32Array(1024);
  private slotPos = new Int32Array(1024);
  private slotStamp = new Int32Array(1024);
  private mask = 1023;
  private stamp = 0;
  /** The bag indexed now: indexing it again is free. */
  private current: Bag | null = null;

  index(keys: Bag): this {
    if (keys === this.current) return this;
    this.current = keys;
    let size = this.slotKey.length;
    if (keys.length * 2 > size) {
      while (keys.length * 2 > size) size *= 2;
      this.slotKey = new Uint32Array(size);
      this.slotPos = new Int32Array(size);
      this.slotStamp = new Int32Array(size);
      this.mask = size - 1;
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    for (let p = 0; p < keys.length; p++) {
      const x = keys[p] as number;
      let h = Math.imul(x, 0x9e3779b1) & this.mask;
      while (this.slotStamp[h] === stamp) h = (h + 1) & this.mask;
      this.slotStamp[h] = stamp;
      this.slotKey[h] = x;
      this.slotPos[h] = p;
    }
    return this;
  }

  /** Where the indexed bag holds `x`, or -1. */
  find(x: number): number {
    let h = Math.imul(x, 0x9e3779b1) & this.mask;
    while (this.slotStamp[h] === this.stamp) {
      if (this.slotKey[h] === x) return this.slotPos[h] as number;
      h = (h + 1) & this.mask;
    }
    return -1;
  }

  /** Whether the indexed bag holds `x`. */
  has(x: number): boolean {
    return this.find(x) >= 0;
  }

  /** How many keys of `bag` the indexed bag holds: `common(bag, indexed)`. */
  common(bag: Bag): number {
    let k = 0;
    for (let i = 0; i < bag.length; i++) if (this.has(bag[i] as number)) k++;
    return k;
  }
}
