/**
 * Remembers the promised answers to the last `capacity` distinct keys, least
 * recently used out first. A promise is shared while it runs, so concurrent
 * identical questions cost one computation; a rejected one is forgotten, so
 * a failure is never served from the cache.
 */
export class PromiseCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}.`);
    }
  }

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const held = this.entries.get(key);
    if (held) {
      // Re-inserted so that Map order is recency order.
      this.entries.delete(key);
      this.entries.set(key, held);
      return held;
    }
    const value = compute();
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
