import { type PrivacyRequest } from '../app/core/api/privacy.model';

/** The admin of `anAdminSession()`, as the privacy requests name who recorded them. */
const ADMIN = { id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', email: 'admin@example.org' };

/** An active restriction of registry person P-000123, recorded by the signed-in admin. */
export function aPrivacyRequest(overrides: Partial<PrivacyRequest> = {}): PrivacyRequest {
  return {
    id: '2b4d6f80-1a3c-4e5f-8a9b-0c1d2e3f4a5b',
    kind: 'restriction',
    status: 'active',
    statusReason:
      'Restricted: left out of live analytics; still counted in funding indicators and snapshots.',
    subject: { namedBy: 'person', personId: 'P-000123', actorKeys: 2 },
    reference: 'DSR-2026-0042',
    recordedBy: ADMIN,
    recordedAt: '2024-06-10T09:30:00.000Z',
    liftedBy: null,
    liftedAt: null,
    executedAt: null,
    erasedStatements: null,
    erasure: null,
    ...overrides,
  };
}

/** An erasure of a person named by e-mail, waiting for operation BCN-2017's retention to end. */
export function aWaitingErasure(overrides: Partial<PrivacyRequest> = {}): PrivacyRequest {
  return aPrivacyRequest({
    id: '7c9e1a3b-5d7f-4b2c-9e4a-6b8d0f2a4c6e',
    kind: 'erasure',
    status: 'waiting',
    statusReason:
      'Waiting: kept until 2031-12-31 for operation BCN-2017 (Regulation (EU) 1303/2013, art. 140); erased by the first run after that day.',
    subject: { namedBy: 'email', personId: null, actorKeys: 1 },
    reference: 'DSR-2026-0043',
    recordedAt: '2024-06-11T10:00:00.000Z',
    erasure: {
      retainedUntil: '2031-12-31',
      operations: [
        {
          operationId: '6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11',
          code: 'BCN-2017',
          retentionUntil: '2031-12-31',
          legalBasis: 'Regulation (EU) 1303/2013, art. 140',
        },
      ],
      withoutRetention: [],
    },
    ...overrides,
  });
}
