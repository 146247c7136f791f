import { describe, expect, it } from '@jest/globals';
import { dependencyOrder } from './table-order.js';

describe('dependencyOrder', () => {
  it('puts every table after the tables it references, alphabetically otherwise', () => {
    expect(
      dependencyOrder([
        { name: 'indicator_manual_values', references: ['operation_indicators'] },
        { name: 'operation_indicators', references: ['indicator_definitions', 'operations'] },
        { name: 'operations', references: [] },
        { name: 'indicator_definitions', references: [] },
        { name: 'audit_events', references: [] },
      ]),
    ).toEqual([
      'audit_events',
      'indicator_definitions',
      'operations',
      'operation_indicators',
      'indicator_manual_values',
    ]);
  });

  it('lets a table reference itself and ignores tables outside the set', () => {
    expect(
      dependencyOrder([
        { name: 'snapshots', references: ['snapshots', 'elsewhere'] },
        { name: 'exports', references: [] },
      ]),
    ).toEqual(['exports', 'snapshots']);
  });

  it('names the tables of a cycle', () => {
    expect(() =>
      dependencyOrder([
        { name: 'a', references: ['b'] },
        { name: 'b', references: ['a'] },
        { name: 'c', references: [] },
      ]),
    ).toThrow('The foreign keys of a, b form a cycle');
  });
});
