import { type AuditEvent, type AuditPage } from '../app/core/api/audit.model';

export const AUDITOR = {
  id: '5e4f3a2b-1c0d-4e9f-8a7b-6c5d4e3f2a1b',
  email: 'joan.vila@example.org',
  role: 'auditor',
} as const;

export const ADMIN = {
  id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  email: 'admin@example.org',
  role: 'admin',
} as const;

export const SNAPSHOT_ID = '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910';

export function anAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: '12',
    at: '2024-06-14T08:30:00.000Z',
    user: AUDITOR,
    action: 'evidence.view',
    subject: { type: 'snapshot', id: SNAPSHOT_ID },
    details: { value: 'breakdowns.users.sex.woman', page: 2, entries: 50 },
    clientAddress: '10.0.0.7',
    ...overrides,
  };
}

export function anAuditPage(overrides: Partial<AuditPage> = {}): AuditPage {
  return { events: [anAuditEvent()], page: 1, pageSize: 50, total: 1, ...overrides };
}
