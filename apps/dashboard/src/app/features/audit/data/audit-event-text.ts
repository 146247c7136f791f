import { type AuditAction, type AuditEvent } from '../../../core/api/audit.model';
import { type MessageParams } from '../../../core/i18n/translator';

/** The translator's `t`, so that these stay plain functions that specs call directly. */
export type Translate = (key: string, params?: MessageParams) => string;

/** Each action in words (audit.messages.ts); the spec checks every action has its text. */
export const ACTION_KEYS: Readonly<Record<AuditAction, string>> = {
  'evidence.view': 'audit.action.evidenceView',
  'learner.view': 'audit.action.learnerView',
  'learner.identities.view': 'audit.action.learnerIdentitiesView',
  'export.download': 'audit.action.exportDownload',
  'user.create': 'audit.action.userCreate',
  'user.role_change': 'audit.action.userRoleChange',
  'user.disable': 'audit.action.userDisable',
  'user.enable': 'audit.action.userEnable',
  'user.password_reset': 'audit.action.userPasswordReset',
  'auth.login_refused': 'audit.action.loginRefused',
  'privacy.request_record': 'audit.action.privacyRequestRecord',
  'privacy.requests_view': 'audit.action.privacyRequestsView',
  'privacy.restriction_lift': 'audit.action.privacyRestrictionLift',
  'privacy.erasure_execute': 'audit.action.privacyErasureExecute',
};

const SUBJECT_KEYS: Readonly<Record<string, string>> = {
  snapshot: 'audit.subject.snapshot',
  person: 'audit.subject.person',
  export: 'audit.subject.export',
  user: 'audit.subject.user',
  privacy_request: 'audit.subject.privacyRequest',
};

/** The API's refusal codes at sign-in (apps/api/src/modules/auth). */
const REFUSAL_KEYS: Readonly<Record<string, string>> = {
  'auth.invalid_credentials': 'audit.refusal.invalidCredentials',
  'auth.account_disabled': 'audit.refusal.accountDisabled',
  'auth.locked': 'audit.refusal.locked',
  'auth.too_many_attempts': 'audit.refusal.tooManyAttempts',
};

const EXPORT_KEYS: Readonly<Record<string, string>> = {
  erdf: 'audit.details.exportErdf',
  manager: 'audit.details.exportManager',
  publication: 'audit.details.exportPublication',
};

/** A privacy request's kind and how it named its person (apps/api/src/modules/privacy). */
const PRIVACY_KIND_KEYS: Readonly<Record<string, string>> = {
  restriction: 'audit.details.restriction',
  erasure: 'audit.details.erasure',
};

const NAMED_BY_KEYS: Readonly<Record<string, string>> = {
  person: 'audit.details.namedByPerson',
  email: 'audit.details.namedByEmail',
  account: 'audit.details.namedByAccount',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An action this dashboard does not know yet shows as the API names it. */
export function actionText(t: Translate, action: string): string {
  const key = ACTION_KEYS[action as AuditAction] as string | undefined;
  return key ? t(key) : action;
}

/**
 * What the event was about: a user by their e-mail address when the users
 * list names them, other ids as stored (a UUID by its first eight digits).
 */
export function subjectText(
  t: Translate,
  subject: AuditEvent['subject'],
  userEmails: ReadonlyMap<string, string>,
): string {
  if (!subject) return '';
  const id =
    (subject.type === 'user' && subject.id && userEmails.get(subject.id)) ||
    shortId(subject.id ?? '');
  const key = SUBJECT_KEYS[subject.type];
  return key ? t(key, { id }) : `${subject.type} ${id}`;
}

/** The event's details in words; codes and ids only, as the log keeps them. */
export function detailsText(t: Translate, event: AuditEvent): string {
  const details = event.details;
  switch (event.action) {
    case 'evidence.view':
      return t('audit.details.evidence', {
        value: String(details['value'] ?? ''),
        page: Number(details['page'] ?? 1),
        entries: Number(details['entries'] ?? 0),
      });
    case 'learner.identities.view':
      return t('audit.details.identities', { count: Number(details['identities'] ?? 0) });
    case 'export.download': {
      if (details['kind'] === 'erdf' && details['evidence'] === true) {
        return t('audit.details.exportErdfEvidence');
      }
      const key = EXPORT_KEYS[String(details['kind'])];
      return key ? t(key) : '';
    }
    case 'user.create':
    case 'user.role_change':
      return typeof details['role'] === 'string'
        ? t('audit.details.role', { role: t(`role.${details['role']}`) })
        : '';
    case 'auth.login_refused': {
      const key = REFUSAL_KEYS[String(details['code'])];
      return key ? t(key) : String(details['code'] ?? '');
    }
    case 'privacy.request_record': {
      const kind = PRIVACY_KIND_KEYS[String(details['kind'])];
      const naming = NAMED_BY_KEYS[String(details['namedBy'])];
      return t('audit.details.privacyRecord', {
        kind: kind ? t(kind) : String(details['kind'] ?? ''),
        naming: naming ? t(naming) : String(details['namedBy'] ?? ''),
        count: Number(details['actorKeys'] ?? 0),
      });
    }
    case 'privacy.requests_view':
      return t('audit.details.privacyRequests', { count: Number(details['requests'] ?? 0) });
    case 'privacy.erasure_execute':
      return t('audit.details.erasureDone', {
        statements: Number(details['statements'] ?? 0),
        documents: Number(details['documents'] ?? 0),
        persons: Number(details['persons'] ?? 0),
      });
    default:
      return '';
  }
}

export function shortId(id: string): string {
  return UUID.test(id) ? id.slice(0, 8) : id;
}
