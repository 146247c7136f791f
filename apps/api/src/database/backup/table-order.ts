import type { TableDependencies } from './backup.repository.js';

/**
 * Tables in an order in which each comes after the tables its foreign keys
 * point to (a table may point to itself: its rows are checked at the end of
 * its COPY), alphabetical where the keys leave a choice, so that a restore can
 * load them one after the other with every key checked.
 */
export function dependencyOrder(tables: readonly TableDependencies[]): string[] {
  const names = new Set(tables.map((t) => t.name));
  const waitingOn = new Map(
    tables.map((t) => [t.name, new Set(t.references.filter((r) => r !== t.name && names.has(r)))]),
  );
  const order: string[] = [];
  while (waitingOn.size > 0) {
    const ready = [...waitingOn]
      .filter(([, references]) => references.size === 0)
      .map(([name]) => name)
      .sort();
    if (ready.length === 0) {
      throw new Error(
        `The foreign keys of ${[...waitingOn.keys()].sort().join(', ')} form a cycle: no table can be loaded first.`,
      );
    }
    for (const name of ready) {
      order.push(name);
      waitingOn.delete(name);
      for (const references of waitingOn.values()) references.delete(name);
    }
  }
  return order;
}
