import { describe, expect, it } from '@jest/globals';
import { type PublishedCell, protectBreakdown } from './protect-breakdown.js';

/** mulberry32: a small seeded generator, so every run checks the same breakdowns. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  k: number;
  cells: Record<string, number>;
}

/** Breakdowns of 1 to 9 cells: mostly small counts (where the rules bite), some zeros, some large. */
function generate(count: number, seed: number): Case[] {
  const next = random(seed);
  const int = (below: number) => Math.floor(next() * below);
  const generated: Case[] = [];
  for (let i = 0; i < count; i += 1) {
    const k = 3 + int(8);
    const cells: Record<string, number> = {};
    const size = 1 + int(9);
    for (let c = 0; c < size; c += 1) {
      const draw = next();
      // Names from a small pool, so that equal counts often meet under different names.
      cells[`cell-${int(20)}-${c}`] =
        draw < 0.2 ? 0 : draw < 0.6 ? 1 + int(k + 3) : draw < 0.9 ? int(40) : int(100_000);
    }
    generated.push({ k, cells });
  }
  return generated;
}

const CASES = generate(20_000, 20240501);
const isPrimary = (count: number, k: number) => count >= 1 && count < k;
const isHidden = (cell: PublishedCell) => cell.kind === 'suppressed';
const sum = (counts: readonly number[]) => counts.reduce((total, n) => total + n, 0);

/**
 * Runs `check` on every generated case and collects what it reports, so one
 * assertion shows every breakdown that breaks the property (with its k).
 */
function violations(check: (c: Case, result: Record<string, PublishedCell>) => string | undefined) {
  const found: string[] = [];
  for (const c of CASES) {
    const problem = check(c, protectBreakdown(c.cells, c.k));
    if (problem !== undefined) found.push(`k=${c.k} ${JSON.stringify(c.cells)}: ${problem}`);
  }
  return found.slice(0, 5);
}

describe('protectBreakdown over 20,000 generated breakdowns', () => {
  it('covers breakdowns with no, one and several small cells', () => {
    const primaries = (c: Case) => Object.values(c.cells).filter((n) => isPrimary(n, c.k)).length;
    expect(CASES.filter((c) => primaries(c) === 0).length).toBeGreaterThan(1000);
    expect(CASES.filter((c) => primaries(c) === 1).length).toBeGreaterThan(1000);
    expect(CASES.filter((c) => primaries(c) >= 2).length).toBeGreaterThan(1000);
  });

  it('no published cell reveals a count from 1 to k - 1', () => {
    expect(
      violations(({ k, cells }, result) => {
        for (const [name, count] of Object.entries(cells)) {
          const cell = result[name];
          if (isPrimary(count, k) && !(cell.kind === 'suppressed' && cell.shown === `<${k}`)) {
            return `${name} is shown as ${JSON.stringify(cell)}`;
          }
          if (cell.kind === 'exact-zero' && count !== 0) return `${name} is shown as 0`;
          if (cell.kind === 'suppressed' && cell.reason === 'secondary' && count < k) {
            return `${name} is a secondary cell under k`;
          }
          if (
            cell.kind === 'rounded' &&
            (count < k ||
              cell.value % 5 !== 0 ||
              cell.value < 5 ||
              Math.abs(cell.value - count) > 2)
          ) {
            return `${name} is shown as ${cell.value}`;
          }
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  it('whenever exactly one cell would be hidden, at least two are (unless it is the only non-zero cell)', () => {
    expect(
      violations(({ k, cells }, result) => {
        const counts = Object.values(cells);
        const primaries = counts.filter((n) => isPrimary(n, k)).length;
        const nonZero = counts.filter((n) => n > 0).length;
        const hidden = Object.values(result).filter(isHidden).length;
        const expected = primaries !== 1 ? primaries : nonZero >= 2 ? 2 : 1;
        return hidden === expected ? undefined : `${hidden} hidden, expected ${expected}`;
      }),
    ).toEqual([]);
  });

  it('the second hidden cell is the smallest other non-zero count', () => {
    expect(
      violations(({ k, cells }, result) => {
        const second = Object.keys(cells).find((name) => {
          const cell = result[name];
          return cell.kind === 'suppressed' && cell.reason === 'secondary';
        });
        if (second === undefined) return undefined;
        const smallest = Math.min(...Object.values(cells).filter((n) => n >= k));
        return cells[second] === smallest ? undefined : `${second} hidden, smallest is ${smallest}`;
      }),
    ).toEqual([]);
  });

  it('with two or more cells hidden, the total minus the cells shown exactly pins none of them', () => {
    expect(
      violations(({ cells }, result) => {
        const names = Object.keys(cells);
        const hidden = names.filter((name) => isHidden(result[name]));
        if (hidden.length < 2) return undefined;
        // Only zeros are shown exactly; what the total leaves is shared by the hidden cells.
        const exact = names.filter((name) => result[name].kind === 'exact-zero');
        const left = sum(Object.values(cells)) - sum(exact.map((name) => cells[name]));
        const pinned = hidden.find((name) => cells[name] <= 0 || cells[name] >= left);
        return pinned === undefined ? undefined : `${pinned} equals what the total leaves`;
      }),
    ).toEqual([]);
  });

  it('totals are untouched: the input counts and their sum are unchanged', () => {
    expect(
      violations(({ k, cells }) => {
        const before = JSON.stringify(cells);
        const total = sum(Object.values(cells));
        protectBreakdown(cells, k);
        return JSON.stringify(cells) === before && sum(Object.values(cells)) === total
          ? undefined
          : 'the input changed';
      }),
    ).toEqual([]);
  });

  it('depends only on names and counts, not on the order the record was built in', () => {
    expect(
      violations(({ k, cells }, result) => {
        const reversed = Object.fromEntries(Object.entries(cells).reverse());
        const again = protectBreakdown(reversed, k);
        return Object.keys(cells).every(
          (name) => JSON.stringify(again[name]) === JSON.stringify(result[name]),
        )
          ? undefined
          : 'a different result once reversed';
      }),
    ).toEqual([]);
  });
});
