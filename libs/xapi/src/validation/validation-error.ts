/**
 * Stable codes for what a statement broke. Clients and tests match on these;
 * messages may be reworded. Add codes, never rename one.
 */
export type ValidationRule =
  // Shape and types
  | 'required'
  | 'property.unknown'
  | 'value.null'
  | 'type.object'
  | 'type.string'
  | 'type.array'
  | 'type.boolean'
  | 'type.number'
  | 'type.integer'
  | 'array.empty'
  // Formats
  | 'uuid.format'
  | 'iri.format'
  | 'extension-key.iri'
  | 'date-time.format'
  | 'duration.format'
  | 'version.format'
  | 'language-tag.format'
  | 'language-map.value'
  | 'content-type.format'
  // Actors
  | 'actor.object-type'
  | 'ifi.exactly-one'
  | 'mbox.mailto'
  | 'mbox-sha1sum.format'
  | 'group.member-required'
  | 'group.member-agent'
  | 'team.group'
  | 'authority.group'
  // Objects
  | 'object.object-type'
  | 'activity.object-type'
  | 'statement-ref.object-type'
  | 'substatement.nested'
  | 'substatement.forbidden-property'
  | 'voiding.statement-ref'
  // Activity definitions
  | 'interaction-type.value'
  | 'interaction-type.required'
  | 'interaction-component.not-allowed'
  | 'interaction-component.duplicate-id'
  // Result
  | 'score.scaled-range'
  | 'score.raw-range'
  | 'score.min-max'
  // Context
  | 'context.activity-only'
  | 'context-agent.object-type'
  | 'context-agent.agent'
  | 'context-group.object-type'
  | 'context-group.group';

export interface ValidationError {
  /** JSONPath of the offending value, e.g. `$.actor.mbox` or `$.actor.member[0]`. */
  path: string;
  rule: ValidationRule;
  /** A sentence a person can act on. */
  message: string;
}
