import { defineMessages } from '../../core/i18n/messages';

/** Texts of the sign-in page. */
export const AUTH_MESSAGES = defineMessages(
  {
    'auth.pageTitle': 'Sign in · Fita',
    'auth.title': 'Sign in to Fita',
    'auth.sessionEnded': 'Your session has ended. Please sign in again.',
    'auth.email': 'E-mail',
    'auth.password': 'Password',
    'auth.emailRequired': 'Enter your e-mail address.',
    'auth.emailInvalid': 'Enter an e-mail address such as name@example.org.',
    'auth.passwordRequired': 'Enter your password.',
    'auth.signIn': 'Sign in',
    'auth.signingIn': 'Signing in…',
  },
  {
    ca: {
      'auth.pageTitle': 'Inici de sessió · Fita',
      'auth.title': 'Inici de sessió a Fita',
      'auth.sessionEnded': 'La sessió ha finalitzat. Torneu a iniciar la sessió.',
      'auth.email': 'Correu electrònic',
      'auth.password': 'Contrasenya',
      'auth.emailRequired': 'Introduïu la vostra adreça electrònica.',
      'auth.emailInvalid': 'Introduïu una adreça electrònica com ara nom@example.org.',
      'auth.passwordRequired': 'Introduïu la contrasenya.',
      'auth.signIn': 'Inicia la sessió',
      'auth.signingIn': 'Iniciant la sessió…',
    },
    es: {
      'auth.pageTitle': 'Inicio de sesión · Fita',
      'auth.title': 'Inicio de sesión en Fita',
      'auth.sessionEnded': 'La sesión ha finalizado. Vuelva a iniciar sesión.',
      'auth.email': 'Correo electrónico',
      'auth.password': 'Contraseña',
      'auth.emailRequired': 'Introduzca su dirección de correo electrónico.',
      'auth.emailInvalid':
        'Introduzca una dirección de correo electrónico como nombre@example.org.',
      'auth.passwordRequired': 'Introduzca su contraseña.',
      'auth.signIn': 'Iniciar sesión',
      'auth.signingIn': 'Iniciando sesión…',
    },
  },
);
