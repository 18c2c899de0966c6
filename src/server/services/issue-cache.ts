/**
 * A least-recently-used map keyed by issue id, bounded by a total weight (characters, articles…)
 * rather than a count: twenty editors on twenty 300k issues must all fit, and a few 2 MB issues must
 * not crowd out memory. Only for values that can be rebuilt from the database at any time.
 */
export class IssueCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private total = 0;

  constructor(
    private readonly maxWeight: number,
    private readonly weigh: (value: V) => number,
  ) {}

  get(issueId: string): V | undefined {
    const hit = this.entries.get(issueId);
    if (!hit) return undefined;
    this.entries.delete(issueId);
    this.entries.set(issueId, hit);
    return hit.value;
  }

  set(issueId: string, value: V): void {
    this.delete(issueId);
    const weight = this.weigh(value);
    // One value heavier than the whole budget is not kept at all (it would evict everything else).
    if (weight > this.maxWeight) return;
    this.entries.set(issueId, { value, weight });
    this.total += weight;
    for (const [key, entry] of this.entries) {
      if (this.total <= this.maxWeight) break;
      this.entries.delete(key);
      this.total -= entry.weight;
    }
  }

  delete(issueId: string): void {
    const old = this.entries.get(issueId);
    if (!old) return;
    this.entries.delete(issueId);
    this.total -= old.weight;
  }

  get size(): number {
    return this.entries.size;
  }
}
