import { Injectable } from '@nestjs/common';
import {
  demographicCellsOf,
  formatCellOf,
  type AgeBanding,
  type CourseFormat,
} from '@fita/metrics';
import { conflict } from '../../common/app-error.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { definitionsFor } from '../indicators/definitions-for.js';
import type { EvidenceRequest } from './dto/evidence.query.js';
import { evidenceValueOf, type EvidenceValue } from './evidence-value.js';
import {
  EvidenceRepository,
  type EvidenceScope,
  type FirstEventRow,
  type UserRow,
} from './evidence.repository.js';
import { SnapshotsService } from './snapshots.service.js';
import { queryOfSnapshot } from './snapshot-query.js';

export interface EvidenceEntry {
  /** Pseudonymous: `person:<registry person_id>` or `actor:<actor key>`, as the facts count them. */
  person: string;
  /** For enrolments and completions: the course of the pair. */
  course?: string;
  /** For completers: the courses of their counted completions. */
  courses?: string[];
  /** The statements that qualified the entry. */
  statementIds: string[];
}

export interface EvidenceView {
  snapshotId: string;
  value: string;
  /** The value as the snapshot froze it. */
  snapshotValue: number;
  /** How many persons or pairs the evidence finds: equal to snapshotValue when reproducible. */
  total: number;
  matches: boolean;
  page: number;
  pageSize: number;
  entries: EvidenceEntry[];
}

/**
 * From a counted value of a snapshot to the persons or person-course pairs
 * behind it and the statements that qualified each (spec section 7), found
 * again at the snapshot's cut-off, with its filters and time zone.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly snapshots: SnapshotsService,
    private readonly repository: EvidenceRepository,
    @InjectConfig() private readonly config: Config,
  ) {}

  async evidence(id: string, request: EvidenceRequest): Promise<EvidenceView> {
    const snapshot = await this.snapshots.get(id);
    const value = evidenceValueOf(request.value, snapshot.view);
    const definitions = definitionsFor(this.config);
    if (snapshot.definitionsVersion !== definitions.version) {
      throw conflict(
        'snapshots.definitions_changed',
        `The snapshot was computed with definitions version ${snapshot.definitionsVersion}; this server has version ${definitions.version}, so it cannot say which statements qualified then.`,
      );
    }
    const query = queryOfSnapshot(snapshot);
    const scope: EvidenceScope = {
      period: query.period,
      filters: query.filters,
      cutoff: query.cutoff,
      timeZone: snapshot.timeZone,
      voidingVerb: definitions.voidingVerb,
    };
    const start = (request.page - 1) * request.pageSize;
    const pageOf = <T>(all: T[]) => all.slice(start, start + request.pageSize);
    let total: number;
    let entries: EvidenceEntry[];
    if (value.figure === 'users') {
      const persons = (await this.repository.users(scope)).filter((row) =>
        inCell(value, row, query.banding),
      );
      const page = pageOf(persons).map((row) => row.person);
      const statements = await this.repository.userStatements(scope, page);
      total = persons.length;
      entries = page.map((person) => ({ person, statementIds: statements.get(person) ?? [] }));
    } else {
      const verbs =
        value.figure === 'enrolments' ? definitions.verbs.enrolment : definitions.verbs.completion;
      const pairs = (await this.repository.firstEvents(scope, verbs)).filter((row) =>
        inCell(value, row, query.banding),
      );
      if (value.figure === 'completers') {
        const byPerson = completersOf(pairs);
        total = byPerson.length;
        entries = pageOf(byPerson);
      } else {
        total = pairs.length;
        entries = pageOf(pairs).map((pair) => ({
          person: pair.person,
          course: pair.course,
          statementIds: [pair.statementId],
        }));
      }
    }
    return {
      snapshotId: snapshot.id,
      value: value.path,
      snapshotValue: value.frozen,
      total,
      matches: total === value.frozen,
      page: request.page,
      pageSize: request.pageSize,
      entries,
    };
  }
}

/** Whether a person or pair is in the value's breakdown cell, decided as the breakdowns decide it. */
function inCell(value: EvidenceValue, row: UserRow | FirstEventRow, banding: AgeBanding): boolean {
  if (value.cell === null) return true;
  if (value.cell.breakdown === 'format') {
    return (
      'format' in row &&
      formatCellOf(row.format as CourseFormat | 'uncatalogued') === value.cell.name
    );
  }
  return demographicCellsOf(row, row.eventYear, banding)[value.cell.breakdown] === value.cell.name;
}

/** The persons of the counted completions, each with their courses and first completions. */
function completersOf(pairs: FirstEventRow[]): EvidenceEntry[] {
  const byPerson = new Map<string, { courses: string[]; statementIds: string[] }>();
  for (const pair of pairs) {
    const entry = byPerson.get(pair.person) ?? { courses: [], statementIds: [] };
    entry.courses.push(pair.course);
    entry.statementIds.push(pair.statementId);
    byPerson.set(pair.person, entry);
  }
  return [...byPerson].map(([person, entry]) => ({ person, ...entry }));
}
