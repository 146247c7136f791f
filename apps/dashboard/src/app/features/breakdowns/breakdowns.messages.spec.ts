import { keysCopiedFromEnglish, placeholderMismatches } from '../../../testing/message-checks';
import { BREAKDOWNS_MESSAGES } from './breakdowns.messages';

describe('BREAKDOWNS_MESSAGES', () => {
  it('names the registry codes in Catalan and Spanish', () => {
    expect(BREAKDOWNS_MESSAGES.ca['breakdowns.sex.woman']).toBe('Dones');
    expect(BREAKDOWNS_MESSAGES.es['breakdowns.employment.unemployed']).toBe(
      'Personas desempleadas',
    );
    expect(BREAKDOWNS_MESSAGES.ca['breakdowns.age.under']).toBe('Menys de {age}');
  });

  it('translates every text but "Total", which the three languages share', () => {
    expect(keysCopiedFromEnglish(BREAKDOWNS_MESSAGES, 'ca')).toEqual(['breakdowns.total']);
    expect(keysCopiedFromEnglish(BREAKDOWNS_MESSAGES, 'es')).toEqual(['breakdowns.total']);
  });

  it('keeps every placeholder in every language', () => {
    expect(placeholderMismatches(BREAKDOWNS_MESSAGES)).toEqual([]);
  });
});
