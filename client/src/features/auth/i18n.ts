import { registerMessages, type Messages } from '../../i18n/i18n';

/** Texts of the sign-in page. */
export const authIt = {
  login: {
    title: "Accedi all'area riservata",
    intro:
      "L'area riservata è per il personale dell'ente che aggiorna i dati del monitoraggio: responsabili delle azioni, analisti e amministratori. Per consultare i dati pubblicati non serve un account.",
    formLabel: 'Accesso',
    email: 'Indirizzo e-mail',
    emailHint: "L'indirizzo con cui l'amministratore ha creato il tuo account.",
    password: 'Password',
    show: 'Mostra',
    hide: 'Nascondi',
    showLabel: 'Mostra la password',
    hideLabel: 'Nascondi la password',
    passwordShown: 'La password è visibile.',
    passwordHidden: 'La password è nascosta.',
    submit: 'Accedi',
    submitting: 'Accesso in corso…',
    forgotten: 'Password dimenticata o account bloccato? Chiedi a un amministratore: può impostare una nuova password o sbloccare il tuo account.',
    signedIn: 'Accesso eseguito: apertura della pagina…',
  },
  errors: {
    title: 'Accesso non riuscito',
    wrongCredentials: 'E-mail o password non corretti.',
    wrongCredentialsHint: 'Controlla di aver scritto bene l’indirizzo e la password (maiuscole e minuscole contano).',
    locked_one: 'Troppi tentativi non riusciti: per sicurezza l’accesso con questo indirizzo è sospeso. Riprova tra {{count}} minuto.',
    locked_other: 'Troppi tentativi non riusciti: per sicurezza l’accesso con questo indirizzo è sospeso. Riprova tra {{count}} minuti.',
    lockedSoon: 'Troppi tentativi non riusciti: per sicurezza l’accesso con questo indirizzo è sospeso. Riprova più tardi.',
    unreachable: 'Il server non risponde. Controlla la connessione e riprova tra poco.',
    other: 'Non è stato possibile accedere: {{detail}}',
    emailRequired: 'Inserisci il tuo indirizzo e-mail.',
    emailInvalid: 'Inserisci un indirizzo e-mail valido, ad esempio nome.cognome@ente.it.',
    passwordRequired: 'Inserisci la password.',
  },
} as const;

export const authEn: Messages<typeof authIt> = {
  login: {
    title: 'Sign in to the staff area',
    intro:
      'The staff area is for the staff of the body who update the monitoring data: action managers, analysts and administrators. You do not need an account to browse the published data.',
    formLabel: 'Sign in',
    email: 'E-mail address',
    emailHint: 'The address the administrator created your account with.',
    password: 'Password',
    show: 'Show',
    hide: 'Hide',
    showLabel: 'Show the password',
    hideLabel: 'Hide the password',
    passwordShown: 'The password is visible.',
    passwordHidden: 'The password is hidden.',
    submit: 'Sign in',
    submitting: 'Signing in…',
    forgotten: 'Forgotten your password or locked out? Ask an administrator: they can set a new password or unlock your account.',
    signedIn: 'Signed in: opening the page…',
  },
  errors: {
    title: 'Sign-in failed',
    wrongCredentials: 'Wrong e-mail or password.',
    wrongCredentialsHint: 'Check the address and the password (upper and lower case matter).',
    locked_one: 'Too many failed attempts: for security, signing in with this address is suspended. Try again in {{count}} minute.',
    locked_other: 'Too many failed attempts: for security, signing in with this address is suspended. Try again in {{count}} minutes.',
    lockedSoon: 'Too many failed attempts: for security, signing in with this address is suspended. Try again later.',
    unreachable: 'The server does not answer. Check the connection and try again shortly.',
    other: 'Signing in failed: {{detail}}',
    emailRequired: 'Enter your e-mail address.',
    emailInvalid: 'Enter a valid e-mail address, for example name.surname@body.it.',
    passwordRequired: 'Enter the password.',
  },
};

registerMessages('auth', authIt, authEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    auth: typeof authIt;
  }
}
