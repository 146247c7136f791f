// JSON trees as the validator's fuzzing walks and edits them.

export type JsonObject = Record<string, unknown>;
/** A property name or an array index on the way to a value. */
export type Segment = string | number;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const asObject = (value: unknown): JsonObject => (isObject(value) ? value : {});
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
