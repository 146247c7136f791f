import { ADMIN, SNAPSHOT_ID, anAuditEvent } from '../../../../testing/audit-fixtures';
import { AUDIT_ACTIONS } from '../../../core/api/audit.model';
import { CORE_MESSAGES } from '../../../core/i18n/core.messages';
import { interpolate } from '../../../core/i18n/messages';
import { AUDIT_MESSAGES } from '../audit.messages';
import { ACTION_KEYS, actionText, detailsText, subjectText } from './audit-event-text';

const texts: Record<string, string> = { ...CORE_MESSAGES.en, ...AUDIT_MESSAGES.en };
const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
  key in texts ? interpolate(texts[key] ?? '', params) : `!${key}`;

describe('audit events in words', () => {
  it('names every action the API records, in every language', () => {
    for (const action of AUDIT_ACTIONS) {
      for (const language of ['en', 'ca', 'es'] as const) {
        expect([action, language, AUDIT_MESSAGES[language][ACTION_KEYS[action]]]).toEqual([
          action,
          language,
          expect.any(String),
        ]);
      }
    }
    expect(actionText(t, 'learner.identities.view')).toBe(
      'Viewed a person’s e-mail addresses and accounts',
    );
    expect(actionText(t, 'report.print')).toBe('report.print');
  });

  it('names subjects, users by their e-mail address when known', () => {
    const emails = new Map([[ADMIN.id, ADMIN.email]]);
    expect(subjectText(t, { type: 'snapshot', id: SNAPSHOT_ID }, emails)).toBe('Snapshot 7f6e5d4c');
    expect(subjectText(t, { type: 'person', id: 'P-00042' }, emails)).toBe('Person P-00042');
    expect(subjectText(t, { type: 'user', id: ADMIN.id }, emails)).toBe('User admin@example.org');
    expect(subjectText(t, { type: 'user', id: SNAPSHOT_ID }, emails)).toBe('User 7f6e5d4c');
    expect(subjectText(t, null, emails)).toBe('');
  });

  it('says what each kind of event records', () => {
    expect(detailsText(t, anAuditEvent())).toBe('breakdowns.users.sex.woman, page 2 (50 shown)');
    expect(
      detailsText(
        t,
        anAuditEvent({ action: 'export.download', details: { kind: 'erdf', evidence: true } }),
      ),
    ).toBe('ERDF export with evidence');
    expect(
      detailsText(
        t,
        anAuditEvent({ action: 'export.download', details: { kind: 'manager', evidence: false } }),
      ),
    ).toBe('Manager export');
    expect(
      detailsText(t, anAuditEvent({ action: 'user.role_change', details: { role: 'auditor' } })),
    ).toBe('Role: Auditor');
    expect(
      detailsText(
        t,
        anAuditEvent({ action: 'learner.identities.view', details: { identities: 2 } }),
      ),
    ).toBe('2 identifiers');
    expect(
      detailsText(
        t,
        anAuditEvent({ action: 'auth.login_refused', details: { code: 'auth.locked' } }),
      ),
    ).toBe('Locked after too many failures');
    expect(
      detailsText(t, anAuditEvent({ action: 'auth.login_refused', details: { code: 'auth.new' } })),
    ).toBe('auth.new');
    expect(detailsText(t, anAuditEvent({ action: 'user.disable', details: {} }))).toBe('');
  });

  it('names privacy requests, their recording, listing, lifting and erasures', () => {
    const request = { type: 'privacy_request', id: '2b4d6f80-1a3c-4e5f-8a9b-0c1d2e3f4a5b' };
    expect(subjectText(t, request, new Map())).toBe('Privacy request 2b4d6f80');
    expect(actionText(t, 'privacy.request_record')).toBe('Recorded a privacy request');
    expect(actionText(t, 'privacy.requests_view')).toBe('Viewed the privacy requests');
    expect(actionText(t, 'privacy.restriction_lift')).toBe('Lifted a restriction');
    expect(actionText(t, 'privacy.erasure_execute')).toBe('Erasure carried out');
    expect(
      detailsText(
        t,
        anAuditEvent({
          action: 'privacy.request_record',
          subject: request,
          details: { kind: 'restriction', namedBy: 'email', actorKeys: 2 },
        }),
      ),
    ).toBe('Restriction, named by e-mail address; actor keys: 2');
    expect(
      detailsText(
        t,
        anAuditEvent({
          action: 'privacy.request_record',
          details: { kind: 'erasure', namedBy: 'account', actorKeys: 1 },
        }),
      ),
    ).toBe('Erasure, named by LMS account; actor keys: 1');
    expect(
      detailsText(t, anAuditEvent({ action: 'privacy.requests_view', details: { requests: 3 } })),
    ).toBe('Requests listed: 3');
    expect(
      detailsText(
        t,
        anAuditEvent({
          action: 'privacy.erasure_execute',
          user: null,
          details: { statements: 41, documents: 2, persons: 1 },
        }),
      ),
    ).toBe(
      'Statements made anonymous: 41; agent documents deleted: 2; registry persons deleted: 1',
    );
    expect(detailsText(t, anAuditEvent({ action: 'privacy.restriction_lift', details: {} }))).toBe(
      '',
    );
  });
});
