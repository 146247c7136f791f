import { mulberry32 } from '../bench/statement-generator.js';

/**
 * The demo's only source of chance: a seeded stream, so one seed gives the
 * same registry, catalogue and statements byte for byte on every machine.
 * Each part of the generator takes its own stream (`fork`), so adding a
 * draw in one part does not reshuffle the others.
 */
export class DemoRandom {
  private readonly next: () => number;

  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }

  /** An independent stream for one part of the generator, named for readability. */
  fork(name: string): DemoRandom {
    let hash = this.seed >>> 0;
    for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    return new DemoRandom(hash);
  }

  /** A number in [0, 1). */
  unit(): number {
    return this.next();
  }

  /** A whole number from `low` to `high`, both inclusive. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An index drawn in proportion to `weights`. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let draw = this.next() * total;
    for (let index = 0; index < weights.length; index += 1) {
      draw -= weights[index];
      if (draw < 0) return index;
    }
    return weights.length - 1;
  }

  /** Fisher-Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [items[index], items[other]] = [items[other], items[index]];
    }
    return items;
  }

  /**
   * Exactly `count` of `items`, drawn without replacement in proportion to
   * `weight` (Efraimidis-Spirakis keys), in their original order. The demo's
   * figures are exact counts, so "about 30 %" is never good enough.
   */
  sample<T>(items: readonly T[], count: number, weight: (item: T) => number): T[] {
    if (count > items.length) {
      throw new RangeError(`Cannot draw ${count} of ${items.length} items.`);
    }
    const keyed = items.map((item, index) => ({
      index,
      key: Math.log(1 - this.next()) / Math.max(weight(item), 1e-9),
    }));
    keyed.sort((a, b) => b.key - a.key || a.index - b.index);
    return keyed
      .slice(0, count)
      .sort((a, b) => a.index - b.index)
      .map(({ index }) => items[index]);
  }

  /** A version-4-shaped UUID from the stream: looks random, is reproducible. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () =>
      Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    const variant = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
