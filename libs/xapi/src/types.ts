// xAPI statement data model, following xAPI 1.0.3 and IEEE 9274.1.1 (xAPI 2.0.0).
// These types describe statements as producers send them; where the two
// versions differ, the union of what both allow is typed (2.0.0 additions are
// optional). Property names are the wire names, hence the snake_case IFIs.

/** RFC 5646 language tag -> text, e.g. `{ "en-US": "completed" }`. */
export type LanguageMap = Record<string, string>;

/** Extension IRI -> any JSON value. */
export type Extensions = Record<string, unknown>;

export interface Account {
  /** IRL of the system where the account lives. */
  homePage: string;
  name: string;
}

/** Inverse functional identifiers: an Agent carries exactly one of them. */
export interface InverseFunctionalIdentifiers {
  /** `mailto:` IRI. */
  mbox?: string;
  /** Hex SHA-1 of the `mbox` IRI. */
  mbox_sha1sum?: string;
  openid?: string;
  account?: Account;
}

export interface Agent extends InverseFunctionalIdentifiers {
  objectType?: 'Agent';
  name?: string;
}

/**
 * An identified Group carries one IFI (and may list members); an anonymous
 * Group carries no IFI and must list its members.
 */
export interface Group extends InverseFunctionalIdentifiers {
  objectType: 'Group';
  name?: string;
  member?: Agent[];
}

export type Actor = Agent | Group;

export interface Verb {
  id: string;
  display?: LanguageMap;
}

export type InteractionType =
  | 'true-false'
  | 'choice'
  | 'fill-in'
  | 'long-fill-in'
  | 'matching'
  | 'performance'
  | 'sequencing'
  | 'likert'
  | 'numeric'
  | 'other';

export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

export interface ActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  moreInfo?: string;
  extensions?: Extensions;
  interactionType?: InteractionType;
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  steps?: InteractionComponent[];
}

export interface Activity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface StatementRef {
  objectType: 'StatementRef';
  /** UUID of the referenced statement. */
  id: string;
}

export interface Score {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration, e.g. `PT1H0M0S`. */
  duration?: string;
  extensions?: Extensions;
}

// xAPI 1.0.x lets a client send a single Activity where an array is expected;
// the LRS returns arrays. Consumers must accept both until statements are
// normalised on storage.
export type ContextActivityList = Activity | Activity[];

export interface ContextActivities {
  parent?: ContextActivityList;
  grouping?: ContextActivityList;
  category?: ContextActivityList;
  other?: ContextActivityList;
}

/** xAPI 2.0.0 */
export interface ContextAgent {
  objectType: 'contextAgent';
  agent: Agent;
  relevantTypes?: string[];
}

/** xAPI 2.0.0 */
export interface ContextGroup {
  objectType: 'contextGroup';
  group: Group;
  relevantTypes?: string[];
}

export interface Context {
  /** UUID */
  registration?: string;
  instructor?: Actor;
  team?: Group;
  contextActivities?: ContextActivities;
  revision?: string;
  platform?: string;
  language?: string;
  statement?: StatementRef;
  extensions?: Extensions;
  contextAgents?: ContextAgent[];
  contextGroups?: ContextGroup[];
}

export interface Attachment {
  usageType: string;
  display: LanguageMap;
  description?: LanguageMap;
  contentType: string;
  length: number;
  /** Hex SHA-2 of the attachment's content. */
  sha2: string;
  fileUrl?: string;
}

/** What a SubStatement may have as its object: anything but a SubStatement. */
export type SubStatementObject = Activity | Agent | Group | StatementRef;

export interface SubStatement {
  objectType: 'SubStatement';
  actor: Actor;
  verb: Verb;
  object: SubStatementObject;
  result?: Result;
  context?: Context;
  timestamp?: string;
  attachments?: Attachment[];
}

export type StatementObject = SubStatementObject | SubStatement;

export interface Statement {
  /** UUID; the LRS assigns one when absent. */
  id?: string;
  actor: Actor;
  verb: Verb;
  object: StatementObject;
  result?: Result;
  context?: Context;
  /**
   * ISO 8601 date-time; without a zone offset (accepted by xAPI 1.0.3 only,
   * 2.0.0 requires RFC 3339 with an offset) it is read as UTC.
   */
  timestamp?: string;
  /** ISO 8601 date-time set by the LRS. */
  stored?: string;
  authority?: Actor;
  version?: string;
  attachments?: Attachment[];
}
