import { DisclosureError } from './disclosure-error.js';
import { assertDisclosureK } from './disclosure-k.js';
import { MIN_PERCENTAGE_DENOMINATOR } from './publish-percentage.js';
import { SECONDARY_SUPPRESSION_MARK } from './protect-breakdown.js';

export const PUBLICATION_LANGUAGES = ['ca', 'es', 'en'] as const;
export type PublicationLanguage = (typeof PUBLICATION_LANGUAGES)[number];

const MARK = SECONDARY_SUPPRESSION_MARK;
const BASE = MIN_PERCENTAGE_DENOMINATOR;

// `small` is the range of hidden counts: "1 to 4", or "1 or 2" when k is 3.
const SENTENCES: Record<PublicationLanguage, (k: number, small: string) => string> = {
  ca: (k, small) =>
    `Protecció del secret estadístic: en els desglossaments, els recomptes d'${small} es mostren com a «<${k}» i els zeros, com a 0; ` +
    `quan en un desglossament només quedaria ocult un recompte, també s'oculta el més petit dels altres recomptes diferents de zero, que es mostra com a «${MARK}»; ` +
    `la resta de recomptes s'arrodoneixen al múltiple de 5 més proper. ` +
    `Els percentatges es calculen amb els recomptes exactes i només es mostren quan la base és de ${BASE} o més. ` +
    `Els totals són exactes; per l'arrodoniment i els recomptes ocults, la suma d'un desglossament pot no coincidir amb el total.`,
  es: (k, small) =>
    `Protección del secreto estadístico: en los desgloses, los recuentos de ${small} se muestran como «<${k}» y los ceros, como 0; ` +
    `cuando en un desglose solo quedaría oculto un recuento, también se oculta el menor de los demás recuentos distintos de cero, que se muestra como «${MARK}»; ` +
    `el resto de los recuentos se redondea al múltiplo de 5 más cercano. ` +
    `Los porcentajes se calculan con los recuentos exactos y solo se muestran cuando la base es de ${BASE} o más. ` +
    `Los totales son exactos; por el redondeo y los recuentos ocultos, la suma de un desglose puede no coincidir con el total.`,
  en: (k, small) =>
    `Statistical disclosure control: in breakdowns, counts of ${small} are shown as "<${k}" and zeros as 0; ` +
    `where only one count in a breakdown would be hidden, the smallest of the other non-zero counts is hidden too and shown as "${MARK}"; ` +
    `all other counts are rounded to the nearest multiple of 5. ` +
    `Percentages are calculated from exact counts and shown only when the base is ${BASE} or more. ` +
    `Totals are exact; because of rounding and hidden counts, a breakdown may not add up to its total.`,
};

const OR: Record<PublicationLanguage, string> = { ca: 'o', es: 'o', en: 'or' };
const TO: Record<PublicationLanguage, string> = { ca: 'a', es: 'a', en: 'to' };

/**
 * The statement of the disclosure rule and its k that every publication
 * export carries (spec section 8), in Catalan, Spanish or English. The public
 * is not expected to know what k is, so it appears as the numbers it implies
 * ("1 to 4", "<5").
 */
export function disclosureRuleText(k: number, language: PublicationLanguage): string {
  assertDisclosureK(k);
  if (!(PUBLICATION_LANGUAGES as readonly unknown[]).includes(language)) {
    throw new DisclosureError(
      'disclosure.invalid-language',
      'language',
      `The language must be one of ${PUBLICATION_LANGUAGES.join(', ')}, got ${JSON.stringify(language) ?? String(language)}.`,
    );
  }
  const largest = k - 1;
  const small = largest === 2 ? `1 ${OR[language]} 2` : `1 ${TO[language]} ${largest}`;
  return SENTENCES[language](k, small);
}
