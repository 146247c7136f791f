import { describe, expect, it } from '@jest/globals';
import { DisclosureError } from './disclosure-error.js';
import { type PublicationLanguage, disclosureRuleText } from './disclosure-rule-text.js';

describe('disclosureRuleText (spec section 8)', () => {
  it('English, k = 5', () => {
    expect(disclosureRuleText(5, 'en')).toBe(
      'Statistical disclosure control: in breakdowns, counts of 1 to 4 are shown as "<5" and zeros as 0; ' +
        'where only one count in a breakdown would be hidden, the smallest of the other non-zero counts is hidden too and shown as "c"; ' +
        'all other counts are rounded to the nearest multiple of 5. ' +
        'Percentages are calculated from exact counts and shown only when the base is 10 or more. ' +
        'Totals are exact; because of rounding and hidden counts, a breakdown may not add up to its total.',
    );
  });

  it('Catalan, k = 5', () => {
    expect(disclosureRuleText(5, 'ca')).toBe(
      "Protecció del secret estadístic: en els desglossaments, els recomptes d'1 a 4 es mostren com a «<5» i els zeros, com a 0; " +
        "quan en un desglossament només quedaria ocult un recompte, també s'oculta el més petit dels altres recomptes diferents de zero, que es mostra com a «c»; " +
        "la resta de recomptes s'arrodoneixen al múltiple de 5 més proper. " +
        'Els percentatges es calculen amb els recomptes exactes i només es mostren quan la base és de 10 o més. ' +
        "Els totals són exactes; per l'arrodoniment i els recomptes ocults, la suma d'un desglossament pot no coincidir amb el total.",
    );
  });

  it('Spanish, k = 5', () => {
    expect(disclosureRuleText(5, 'es')).toBe(
      'Protección del secreto estadístico: en los desgloses, los recuentos de 1 a 4 se muestran como «<5» y los ceros, como 0; ' +
        'cuando en un desglose solo quedaría oculto un recuento, también se oculta el menor de los demás recuentos distintos de cero, que se muestra como «c»; ' +
        'el resto de los recuentos se redondea al múltiplo de 5 más cercano. ' +
        'Los porcentajes se calculan con los recuentos exactos y solo se muestran cuando la base es de 10 o más. ' +
        'Los totales son exactos; por el redondeo y los recuentos ocultos, la suma de un desglose puede no coincidir con el total.',
    );
  });

  it.each([
    ['en', 'counts of 1 or 2 are shown as "<3"'],
    ['ca', "els recomptes d'1 o 2 es mostren com a «<3»"],
    ['es', 'los recuentos de 1 o 2 se muestran como «<3»'],
  ] as const)('k = 3 in %s reads "1 or 2"', (language, phrase) => {
    expect(disclosureRuleText(3, language)).toContain(phrase);
  });

  it.each([
    ['en', 'counts of 1 to 9 are shown as "<10"'],
    ['ca', "els recomptes d'1 a 9 es mostren com a «<10»"],
    ['es', 'los recuentos de 1 a 9 se muestran como «<10»'],
  ] as const)('k = 10 in %s', (language, phrase) => {
    expect(disclosureRuleText(10, language)).toContain(phrase);
  });

  it('k changes the hidden range but not the rounding base or the percentage threshold', () => {
    const text = disclosureRuleText(7, 'en');
    expect(text).toContain('counts of 1 to 6 are shown as "<7"');
    expect(text).toContain('rounded to the nearest multiple of 5');
    expect(text).toContain('the base is 10 or more');
  });

  it('refuses a k outside 3 to 10', () => {
    expect(() => disclosureRuleText(11, 'en')).toThrow(DisclosureError);
    expect(() => disclosureRuleText(2, 'ca')).toThrow(
      'k must be a whole number from 3 to 10, got 2.',
    );
  });

  it('refuses a language it has no text for', () => {
    expect(() => disclosureRuleText(5, 'fr' as PublicationLanguage)).toThrow(
      'The language must be one of ca, es, en, got "fr".',
    );
  });
});
