import { describe, expect, it } from '@jest/globals';
import { AppError } from '../../common/app-error.js';
import {
  checkErdfQuery,
  checkManagerQuery,
  checkRequestFields,
  checkRequestQuery,
} from './export-request-rules.js';
import type { ExportRequest, ExportWriter } from './export-writer.js';

const writer = (kind: ExportWriter['kind']): ExportWriter => ({
  kind,
  tables: ['overview', 'courses'],
  allows: () => true,
  write: () => Promise.reject(new Error('not in this spec')),
});

function fieldOf(check: () => void): string | undefined {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    return ((error as AppError).details as { field: string }[])[0]?.field;
  }
  return undefined;
}

const MANAGER: ExportRequest = {
  kind: 'manager',
  format: 'xlsx',
  query: { from: '2020-01-01', to: '2020-12-31' },
  language: 'en',
};
const NOW = new Date('2024-01-01T00:00:00Z');

describe('checkRequestFields', () => {
  it.each<[string, ExportRequest, string]>([
    ['a CSV without its table', { ...MANAGER, format: 'csv' }, 'table'],
    ['a CSV of an unknown table', { ...MANAGER, format: 'csv', table: 'pies' }, 'table'],
    ['a workbook naming a table', { ...MANAGER, table: 'overview' }, 'table'],
    [
      'a manager export without a query',
      { kind: 'manager', format: 'xlsx', language: 'en' },
      'query',
    ],
    ['a manager export of a snapshot', { ...MANAGER, snapshotId: 'x' }, 'snapshotId'],
    [
      'an ERDF export without a snapshot',
      { kind: 'erdf', format: 'xlsx', language: 'ca' },
      'snapshotId',
    ],
    [
      'a publication with evidence',
      { kind: 'publication', format: 'xlsx', snapshotId: 'x', evidence: true, language: 'ca' },
      'evidence',
    ],
    [
      'a publication narrowed by a query',
      { kind: 'publication', format: 'xlsx', snapshotId: 'x', query: {}, language: 'ca' },
      'query',
    ],
    [
      'an ERDF export with a threshold',
      { kind: 'erdf', format: 'xlsx', snapshotId: 'x', k: 5, language: 'ca' },
      'k',
    ],
  ])('refuses %s, naming the field', (_, request, field) => {
    expect(fieldOf(() => checkRequestFields(request, writer(request.kind)))).toBe(field);
  });

  it('accepts what each kind reads', () => {
    expect(fieldOf(() => checkRequestFields(MANAGER, writer('manager')))).toBeUndefined();
    const csv: ExportRequest = { ...MANAGER, format: 'csv', table: 'courses' };
    expect(fieldOf(() => checkRequestFields(csv, writer('manager')))).toBeUndefined();
    const erdf: ExportRequest = {
      kind: 'erdf',
      format: 'xlsx',
      snapshotId: 'x',
      evidence: true,
      language: 'es',
    };
    expect(fieldOf(() => checkRequestFields(erdf, writer('erdf')))).toBeUndefined();
    const publication: ExportRequest = {
      kind: 'publication',
      format: 'xlsx',
      snapshotId: 'x',
      k: 5,
      language: 'ca',
    };
    expect(fieldOf(() => checkRequestFields(publication, writer('publication')))).toBeUndefined();
  });
});

describe('checkErdfQuery', () => {
  it.each<[Record<string, string>, string]>([
    [{}, 'query.operation'],
    [{ operation: ' ' }, 'query.operation'],
    [{ operation: 'BCN-2019', from: '2020-01-01' }, 'query.from'],
    [{ course: 'https://lms.example.org/courses/ai' }, 'query.course'],
  ])('refuses %j at %s', (query, field) => {
    expect(fieldOf(() => checkErdfQuery(query))).toBe(field);
  });

  it('accepts one operation, by id or code', () => {
    expect(fieldOf(() => checkErdfQuery({ operation: 'BCN-2019' }))).toBeUndefined();
  });

  it('is what checkRequestQuery asks of an ERDF request, and the manager rules of a manager one', () => {
    const erdf: ExportRequest = { kind: 'erdf', format: 'xlsx', snapshotId: 'x', language: 'ca' };
    expect(fieldOf(() => checkRequestQuery(erdf, NOW))).toBeUndefined();
    const narrowed = { ...erdf, query: { operation: 'BCN-2019' } };
    expect(fieldOf(() => checkRequestQuery(narrowed, NOW))).toBeUndefined();
    const dated = { ...erdf, query: { from: '2020-01-01' } };
    expect(fieldOf(() => checkRequestQuery(dated, NOW))).toBe('query.from');
    const manager = { ...MANAGER, query: { ...MANAGER.query, operation: 'BCN-2019' } };
    expect(fieldOf(() => checkRequestQuery(manager, NOW))).toBe('query.operation');
  });
});

describe('checkManagerQuery', () => {
  it.each<[Record<string, string>, string]>([
    [{ to: '2020-12-31' }, 'query.from'],
    [{ from: '2020-13-01', to: '2020-12-31' }, 'query.from'],
    [{ from: '2020-01-01', to: '2020-12-31', format: 'webinar' }, 'query.format'],
    [{ from: '2020-01-01', to: '2020-12-31', colour: 'blue' }, 'query.colour'],
    [{ from: '2020-01-01', to: '2020-12-31', ageScheme: 'custom' }, 'query.ageBands'],
    [{ from: '2020-01-01', to: '2020-12-31', cutoff: '2024-06-01T00:00:00Z' }, 'query.cutoff'],
  ])('refuses %j at %s', (query, field) => {
    expect(fieldOf(() => checkManagerQuery(query, NOW))).toBe(field);
  });

  it('accepts the query GET /api/indicators accepts', () => {
    const query = {
      from: '2020-01-01',
      to: '2020-12-31',
      format: 'mooc',
      ageScheme: 'custom',
      ageBands: '25-40',
      cutoff: '2021-01-01T00:00:00Z',
    };
    expect(fieldOf(() => checkManagerQuery(query, NOW))).toBeUndefined();
  });
});
