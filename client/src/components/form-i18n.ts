import { registerMessages, type Messages } from '../i18n/i18n';

/** Texts of the shared form pieces (FormField, ErrorSummary): loaded with the forms only, not with the public pages. */
const formsIt = {
  requiredMark: '(obbligatorio)',
  summaryTitle_one: 'Il modulo contiene un errore',
  summaryTitle_other: 'Il modulo contiene {{count}} errori',
  summaryIntro: 'Correggi i campi indicati e invia di nuovo.',
} as const;

const formsEn: Messages<typeof formsIt> = {
  requiredMark: '(required)',
  summaryTitle_one: 'The form has one error',
  summaryTitle_other: 'The form has {{count}} errors',
  summaryIntro: 'Correct the fields listed and send again.',
};

registerMessages('forms', formsIt, formsEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    forms: typeof formsIt;
  }
}
