import { keysCopiedFromEnglish, placeholderMismatches } from '../../../testing/message-checks';
import { AUTH_MESSAGES } from './auth.messages';

describe('AUTH_MESSAGES', () => {
  it('speaks Catalan and Spanish', () => {
    expect(AUTH_MESSAGES.ca['auth.password']).toBe('Contrasenya');
    expect(AUTH_MESSAGES.es['auth.signIn']).toBe('Iniciar sesión');
  });

  it('translates every text', () => {
    expect(keysCopiedFromEnglish(AUTH_MESSAGES, 'ca')).toEqual([]);
    expect(keysCopiedFromEnglish(AUTH_MESSAGES, 'es')).toEqual([]);
  });

  it('keeps every placeholder in every language', () => {
    expect(placeholderMismatches(AUTH_MESSAGES)).toEqual([]);
  });
});
