import { defineMessages } from '../core/i18n/messages';

/**
 * Texts of the shared components (charts, figure tables, filters' pieces).
 * Every feature that renders them provides this catalogue with its own.
 */
export const SHARED_MESSAGES = defineMessages(
  {
    'figure.users': 'Users',
    'figure.enrolments': 'Enrolments',
    'figure.completions': 'Completions',
  },
  {
    ca: {
      'figure.users': 'Usuaris',
      'figure.enrolments': 'Inscripcions',
      'figure.completions': 'Finalitzacions',
    },
    es: {
      'figure.users': 'Usuarios',
      'figure.enrolments': 'Inscripciones',
      'figure.completions': 'Finalizaciones',
    },
  },
);
