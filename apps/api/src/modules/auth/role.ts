export const ROLES = ['admin', 'manager', 'auditor', 'communications'] as const;
export type Role = (typeof ROLES)[number];
