import { registerMessages, type Messages } from '../../i18n/i18n';

/** Texts of the form kit (field, error summary, write error): loaded with the forms only, not with the public pages. */
const formsIt = {
  requiredMark: '(obbligatorio)',
  summaryTitle_one: 'Il modulo contiene un errore',
  summaryTitle_other: 'Il modulo contiene {{count}} errori',
  summaryIntro: 'Correggi i campi indicati e invia di nuovo.',
  searchSelect: {
    options: 'Scelte',
    none: 'Nessuna scelta corrisponde al testo',
    results_one: '{{count}} scelta corrisponde al testo',
    results_other: '{{count}} scelte corrispondono al testo',
    more: 'Sono mostrate le prime {{shown}}: scrivi di più per restringere.',
  },
  write: {
    sessionExpired: "La sessione è scaduta o è stata chiusa: accedi di nuovo. Ciò che hai scritto in questa pagina andrà perso se la ricarichi.",
    signInAgain: 'Accedi di nuovo',
    csrf: "La sessione è cambiata (ad esempio sei uscito e rientrato in un'altra scheda): ricarica la pagina e riprova.",
    forbidden: 'Il tuo ruolo non permette questa operazione.',
  },
} as const;

const formsEn: Messages<typeof formsIt> = {
  requiredMark: '(required)',
  summaryTitle_one: 'The form has one error',
  summaryTitle_other: 'The form has {{count}} errors',
  summaryIntro: 'Correct the fields listed and send again.',
  searchSelect: {
    options: 'Choices',
    none: 'No choice matches the text',
    results_one: '{{count}} choice matches the text',
    results_other: '{{count}} choices match the text',
    more: 'The first {{shown}} are shown: type more to narrow them.',
  },
  write: {
    sessionExpired: 'The session has expired or was closed: please sign in again. What you typed on this page is lost if you reload it.',
    signInAgain: 'Sign in again',
    csrf: 'The session has changed (for example you signed out and in again in another tab): reload the page and try again.',
    forbidden: 'Your role does not allow this operation.',
  },
};

registerMessages('forms', formsIt, formsEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    forms: typeof formsIt;
  }
}
