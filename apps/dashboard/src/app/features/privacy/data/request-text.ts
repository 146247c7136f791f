import { type PrivacyRequest } from '../../../core/api/privacy.model';
import { type MessageParams } from '../../../core/i18n/translator';
import { formatCalendarDate, formatDateTime } from '../../../shared/format/locale-format';

/** The translator's `t`, so that these stay plain functions that specs call directly. */
export type Translate = (key: string, params?: MessageParams) => string;

/**
 * How the request named its person, as far as the API tells: the way
 * (registry id, e-mail, account), the registry person when there is one, and
 * how many actor keys it covers; never the e-mail address or account itself.
 */
export function personText(t: Translate, request: PrivacyRequest): string {
  const { namedBy, personId } = request.subject;
  switch (namedBy) {
    case 'person':
      return t('privacy.person.byPerson', { id: personId ?? '' });
    case 'email':
      return personId === null
        ? t('privacy.person.byEmailUnregistered')
        : t('privacy.person.byEmail', { id: personId });
    case 'account':
      return personId === null
        ? t('privacy.person.byAccountUnregistered')
        : t('privacy.person.byAccount', { id: personId });
  }
}

export function actorKeysText(t: Translate, request: PrivacyRequest): string {
  const count = request.subject.actorKeys;
  return count === 1 ? t('privacy.person.oneKey') : t('privacy.person.keys', { count });
}

/**
 * The status's reason in the interface language, from the request's own
 * fields: the API's `statusReason` says the same in English, and is kept for
 * a status this dashboard does not know.
 */
export function statusReasonText(t: Translate, request: PrivacyRequest): string {
  switch (request.status) {
    case 'active':
      return t('privacy.reason.active');
    case 'lifted':
      return request.liftedAt && request.liftedBy
        ? t('privacy.reason.lifted', {
            date: formatDateTime(request.liftedAt),
            email: request.liftedBy.email,
          })
        : request.statusReason;
    case 'executed':
      return t('privacy.reason.executed', { count: request.erasedStatements ?? 0 });
    case 'waiting':
    case 'due':
      return erasureReason(t, request);
    default:
      return request.statusReason;
  }
}

/** As the API decides (privacy-request.view.ts `erasureState`): a missing period first. */
function erasureReason(t: Translate, request: PrivacyRequest): string {
  const schedule = request.erasure;
  if (!schedule) return request.statusReason;
  if (schedule.withoutRetention.length > 0) {
    const codes = schedule.withoutRetention.map(({ code }) => code).join(', ');
    return t('privacy.reason.withoutRetention', { codes });
  }
  const { retainedUntil } = schedule;
  if (request.status === 'waiting' && retainedUntil !== null) {
    const codes = schedule.operations
      .filter((operation) => operation.retentionUntil === retainedUntil)
      .map(({ code, legalBasis }) => (legalBasis ? `${code} (${legalBasis})` : code))
      .join(', ');
    return t('privacy.reason.retained', { date: formatCalendarDate(retainedUntil), codes });
  }
  if (request.status === 'due') {
    return retainedUntil === null
      ? t('privacy.reason.dueNoOperation')
      : t('privacy.reason.due', { date: formatCalendarDate(retainedUntil) });
  }
  return request.statusReason;
}
