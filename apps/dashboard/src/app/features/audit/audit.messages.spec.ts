import { keysCopiedFromEnglish, placeholderMismatches } from '../../../testing/message-checks';
import { AUDIT_MESSAGES } from './audit.messages';

describe('AUDIT_MESSAGES', () => {
  it('speaks Catalan and Spanish', () => {
    expect(AUDIT_MESSAGES.ca['audit.title']).toBe('Registre d’auditoria');
    expect(AUDIT_MESSAGES.es['audit.title']).toBe('Registro de auditoría');
  });

  it('translates every text', () => {
    expect(keysCopiedFromEnglish(AUDIT_MESSAGES, 'ca')).toEqual([]);
    expect(keysCopiedFromEnglish(AUDIT_MESSAGES, 'es')).toEqual([]);
  });

  it('keeps every placeholder in every language', () => {
    expect(placeholderMismatches(AUDIT_MESSAGES)).toEqual([]);
  });

  it('names every key after the feature', () => {
    expect(Object.keys(AUDIT_MESSAGES.en).filter((key) => !key.startsWith('audit.'))).toEqual([]);
  });
});
