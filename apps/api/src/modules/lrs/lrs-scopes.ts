/** xAPI OAuth scopes (xAPI 1.0.3, part 3, 4.2), used for LRS credentials. */
export const LRS_SCOPES = [
  'statements/write',
  'statements/read',
  'statements/read/mine',
  'all/read',
  'all',
  'state',
  'profile',
  'define',
] as const;
export type LrsScope = (typeof LRS_SCOPES)[number];
