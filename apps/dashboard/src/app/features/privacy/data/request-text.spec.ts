import { aPrivacyRequest, aWaitingErasure } from '../../../../testing/privacy-fixtures';
import { interpolate } from '../../../core/i18n/messages';
import { formatCalendarDate } from '../../../shared/format/locale-format';
import { PRIVACY_MESSAGES } from '../privacy.messages';
import { actorKeysText, personText, statusReasonText } from './request-text';

const texts: Record<string, string> = { ...PRIVACY_MESSAGES.en };
const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
  key in texts ? interpolate(texts[key] ?? '', params) : `!${key}`;

const BCN = {
  operationId: '6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11',
  code: 'BCN-2017',
  retentionUntil: '2031-12-31',
  legalBasis: 'Regulation (EU) 1303/2013, art. 140',
};
const GIR = { operationId: 'a1', code: 'GIR-2019', retentionUntil: null, legalBasis: null };

describe('privacy requests in words', () => {
  it('names the person as far as the API tells, never more', () => {
    const byEmail = aPrivacyRequest({
      subject: { namedBy: 'email', personId: null, actorKeys: 1 },
    });
    expect(personText(t, aPrivacyRequest())).toBe('Registry person P-000123');
    expect(personText(t, byEmail)).toBe('By e-mail address, not in the registry');
    expect(
      personText(
        t,
        aPrivacyRequest({ subject: { namedBy: 'account', personId: 'P-7', actorKeys: 4 } }),
      ),
    ).toBe('By LMS account: person P-7');
    expect(actorKeysText(t, byEmail)).toBe('1 actor key');
    expect(actorKeysText(t, aPrivacyRequest())).toBe('2 actor keys');
  });

  it('says why an erasure waits as the API decides: a missing retention period first', () => {
    expect(statusReasonText(t, aWaitingErasure())).toBe(
      `Kept until ${formatCalendarDate('2031-12-31')} for operation BCN-2017 (Regulation (EU) 1303/2013, art. 140); erased by the first run after that day.`,
    );
    const lacking = aWaitingErasure({
      erasure: {
        retainedUntil: '2031-12-31',
        operations: [BCN, GIR, { ...GIR, code: 'TGN-2020' }],
        withoutRetention: [
          { operationId: 'a1', code: 'GIR-2019' },
          { operationId: 'a2', code: 'TGN-2020' },
        ],
      },
    });
    expect(statusReasonText(t, lacking)).toBe(
      'Operation GIR-2019, TGN-2020 has no retention period: the erasure waits until it has one (Funding page).',
    );
  });

  it('says when a due erasure runs', () => {
    const due = aWaitingErasure({
      status: 'due',
      erasure: {
        retainedUntil: '2023-12-31',
        operations: [{ ...BCN, retentionUntil: '2023-12-31' }],
        withoutRetention: [],
      },
    });
    expect(statusReasonText(t, due)).toBe(
      `Every retention period has passed (the last on ${formatCalendarDate('2023-12-31')}): erased by the next run.`,
    );
    const alone = aWaitingErasure({
      status: 'due',
      erasure: { retainedUntil: null, operations: [], withoutRetention: [] },
    });
    expect(statusReasonText(t, alone)).toBe(
      'The person took part in no operation: erased by the next run.',
    );
  });

  it('keeps the API’s own sentence where the request lacks what the words need', () => {
    const unknown = aWaitingErasure({ erasure: null, statusReason: 'Waiting: see the API.' });
    expect(statusReasonText(t, unknown)).toBe('Waiting: see the API.');
  });
});
