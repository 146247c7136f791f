import { defineMessages } from '../../core/i18n/messages';

/**
 * Texts of the shared figure pieces (the provenance line under figures).
 * Every feature that renders them provides this catalogue with its own.
 */
export const FIGURES_MESSAGES = defineMessages(
  {
    'figures.provenance.cutoff': 'Cut-off',
    'figures.provenance.noCutoff': 'none yet',
    'figures.provenance.statements': 'Statements',
    'figures.provenance.definitions': 'Definitions',
    'figures.provenance.timeZone': 'Time zone',
    'figures.provenance.fingerprint': 'Fingerprint',
  },
  {
    ca: {
      'figures.provenance.cutoff': 'Data de tall',
      'figures.provenance.noCutoff': 'encara cap',
      'figures.provenance.statements': 'Declaracions',
      'figures.provenance.definitions': 'Definicions',
      'figures.provenance.timeZone': 'Zona horària',
      'figures.provenance.fingerprint': 'Empremta',
    },
    es: {
      'figures.provenance.cutoff': 'Fecha de corte',
      'figures.provenance.noCutoff': 'todavía ninguna',
      'figures.provenance.statements': 'Declaraciones',
      'figures.provenance.definitions': 'Definiciones',
      'figures.provenance.timeZone': 'Zona horaria',
      'figures.provenance.fingerprint': 'Huella',
    },
  },
);
