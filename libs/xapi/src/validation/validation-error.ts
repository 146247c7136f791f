/**
 * Stable codes for what a statement broke. Clients and tests match on these;
 * messages may be reworded. Add codes, never rename one.
 */
export type ValidationRule =
  | 'required'
  | 'type.object'
  | 'type.string'
  | 'type.array'
  | 'uuid.format'
  | 'iri.format'
  | 'date-time.format'
  | 'version.format'
  | 'language-map.value'
  | 'actor.object-type'
  | 'ifi.exactly-one'
  | 'mbox.mailto'
  | 'mbox-sha1sum.format'
  | 'group.member-required'
  | 'group.member-agent'
  | 'team.group'
  | 'object.object-type'
  | 'statement-ref.object-type'
  | 'substatement.nested'
  | 'substatement.forbidden-property';

export interface ValidationError {
  /** JSONPath of the offending value, e.g. `$.actor.mbox` or `$.actor.member[0]`. */
  path: string;
  rule: ValidationRule;
  /** A sentence a person can act on. */
  message: string;
}
