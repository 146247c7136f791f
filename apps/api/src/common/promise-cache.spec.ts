import { describe, expect, it } from '@jest/globals';
import { PromiseCache } from './promise-cache.js';

describe('PromiseCache', () => {
  it('computes a key once, also while the first computation runs', async () => {
    const cache = new PromiseCache<number>(4);
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await Promise.resolve();
      return 42;
    };
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect([a, b, await cache.get('k', compute)]).toEqual([42, 42, 42]);
    expect(runs).toBe(1);
  });

  it('evicts the least recently used key beyond its capacity', async () => {
    const cache = new PromiseCache<string>(2);
    await cache.get('a', () => Promise.resolve('a1'));
    await cache.get('b', () => Promise.resolve('b1'));
    await cache.get('a', () => Promise.resolve('a2')); // a is now the most recent
    await cache.get('c', () => Promise.resolve('c1')); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('a', () => Promise.resolve('a3'))).toBe('a1');
    expect(await cache.get('b', () => Promise.resolve('b2'))).toBe('b2');
  });

  it('forgets a failure so the next call computes again', async () => {
    const cache = new PromiseCache<string>(2);
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await Promise.resolve();
    expect(await cache.get('k', () => Promise.resolve('up'))).toBe('up');
  });
});
