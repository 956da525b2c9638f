import { registerMessages, type Messages } from '../../i18n/i18n';

/** Texts of the back-office shell: area header, sub-navigation, guard, home (role names: components/back-office/role-names.ts). */
export const backofficeIt = {
  header: {
    label: "Utente dell'area riservata",
    signedInAs: 'Accesso come',
    role: 'Ruolo',
    logout: 'Esci',
    loggingOut: 'Uscita in corso…',
    logoutFailed: "Non è stato possibile uscire: riprova. Se il problema continua, chiudi il browser per terminare l'accesso.",
  },
  nav: {
    label: "Sezioni dell'area riservata",
    home: 'Inizio',
    myActions: 'Le mie azioni',
    actionAdmin: 'Dettagli azioni',
    imports: 'Importazioni',
    sources: 'Fonti dei dati',
    indicators: 'Indicatori',
    reports: 'Rapporti',
    rounds: 'Rilevazioni',
    planImport: 'Struttura del piano',
    users: 'Utenti',
    offices: 'Uffici',
    planningTools: 'Strumenti di pianificazione',
    audit: 'Registro',
  },
  forbidden: {
    title: 'Non hai i permessi per questa pagina',
    text: 'Questa pagina è riservata a: {{roles}}. Il tuo ruolo è «{{role}}».',
    hint: "Se ti servono questi permessi, chiedi a un amministratore di cambiare il tuo ruolo.",
    back: "Torna all'inizio dell'area riservata",
  },
  guard: {
    redirecting: 'Accesso richiesto: apertura della pagina di accesso…',
  },
  home: {
    title: 'Area riservata',
    intro: 'Benvenuto, {{name}}. Da qui puoi svolgere le attività del tuo ruolo ({{role}}).',
    cardsLabel: 'Attività disponibili',
    open: 'Apri',
    myActions: {
      title: 'Le mie azioni',
      text: "Registra lo stato di attuazione delle azioni del tuo ufficio o assegnate a te: stato, avanzamento, periodo, commento e atto di riferimento.",
    },
    actionAdmin: {
      title: 'Dettagli delle azioni',
      text: "Assegna uffici e responsabili, date, peso, zone, partner, finanziamenti e milestone di ogni azione, o caricali tutti dal registro delle azioni (foglio di calcolo).",
    },
    imports: {
      title: 'Importazioni',
      text: 'Carica le serie degli indicatori dai file di ISTAT, Eurostat, BES, InfoCamere o da fogli di calcolo, controlla e conferma.',
    },
    indicators: {
      title: 'Indicatori',
      text: 'Correggi le schede degli indicatori, i traguardi e i collegamenti alle strategie.',
    },
    reports: {
      title: 'Rapporti',
      text: 'Componi il rapporto di monitoraggio del piano con testi, figure e tabelle degli indicatori ai dati di una data; anteprima, DOCX e PDF.',
    },
    rounds: {
      title: 'Rilevazioni',
      text: 'Chiedi ai responsabili di aggiornare le loro azioni per un periodo, con e-mail, promemoria e l’avanzamento per ufficio e responsabile.',
    },
    planImport: {
      title: 'Struttura del piano',
      text: 'Carica o aggiorna assi, strategie e azioni di un piano.',
    },
    users: {
      title: 'Utenti',
      text: 'Crea gli account, assegna ruoli e uffici, disattiva, sblocca o imposta una nuova password.',
    },
    offices: {
      title: 'Uffici',
      text: 'Crea, modifica e sopprimi gli uffici e le direzioni, o caricali da un foglio di calcolo.',
    },
    sources: {
      title: 'Fonti dei dati',
      text: 'Gli indirizzi delle fonti (ISTAT, Eurostat, file CSV/XLSX in rete) con le opzioni di importazione: controllo periodico, «Nuovi dati disponibili» e «Aggiorna dalla fonte».',
    },
    planningTools: {
      title: 'Strumenti di pianificazione',
      text: 'DUP, PIAO, PTGM, PUMS, AMSvS e altri strumenti dell’ente, con l’albero dei loro obiettivi a cui si collegano le azioni.',
    },
    audit: {
      title: 'Registro delle modifiche',
      text: 'Chi ha cambiato cosa e quando, con la differenza prima e dopo; filtra ed esporta in CSV.',
    },
  },
} as const;

export const backofficeEn: Messages<typeof backofficeIt> = {
  header: {
    label: 'Staff area user',
    signedInAs: 'Signed in as',
    role: 'Role',
    logout: 'Sign out',
    loggingOut: 'Signing out…',
    logoutFailed: 'Signing out failed: please try again. If it keeps failing, close the browser to end the session.',
  },
  nav: {
    label: 'Staff area sections',
    home: 'Start',
    myActions: 'My actions',
    actionAdmin: 'Action details',
    imports: 'Imports',
    sources: 'Data sources',
    indicators: 'Indicators',
    reports: 'Reports',
    rounds: 'Reporting rounds',
    planImport: 'Plan structure',
    users: 'Users',
    offices: 'Offices',
    planningTools: 'Planning tools',
    audit: 'Audit log',
  },
  forbidden: {
    title: 'You do not have permission for this page',
    text: 'This page is for: {{roles}}. Your role is “{{role}}”.',
    hint: 'If you need these permissions, ask an administrator to change your role.',
    back: 'Back to the start of the staff area',
  },
  guard: {
    redirecting: 'Sign-in required: opening the sign-in page…',
  },
  home: {
    title: 'Staff area',
    intro: 'Welcome, {{name}}. From here you can carry out the tasks of your role ({{role}}).',
    cardsLabel: 'Available tasks',
    open: 'Open',
    myActions: {
      title: 'My actions',
      text: 'Record the implementation status of the actions of your office or assigned to you: status, progress, period, comment and supporting act.',
    },
    actionAdmin: {
      title: 'Action details',
      text: 'Assign offices and responsible people, dates, weight, zones, partners, fundings and milestones of each action, or load them all from the action register (spreadsheet).',
    },
    imports: {
      title: 'Imports',
      text: 'Load indicator series from ISTAT, Eurostat, BES, InfoCamere files or spreadsheets, check and confirm.',
    },
    indicators: {
      title: 'Indicators',
      text: 'Correct indicator records, targets and links to strategies.',
    },
    reports: {
      title: 'Reports',
      text: 'Compose the plan’s monitoring report with texts, indicator figures and tables as of a date; preview, DOCX and PDF.',
    },
    rounds: {
      title: 'Reporting rounds',
      text: 'Ask the managers to update their actions for a period, with e-mails, reminders and the progress per office and manager.',
    },
    planImport: {
      title: 'Plan structure',
      text: 'Load or update the axes, strategies and actions of a plan.',
    },
    users: {
      title: 'Users',
      text: 'Create accounts, assign roles and offices, disable, unlock or set a new password.',
    },
    offices: {
      title: 'Offices',
      text: 'Create, edit and retire offices and departments, or load them from a spreadsheet.',
    },
    sources: {
      title: 'Data sources',
      text: 'The addresses of the sources (ISTAT, Eurostat, CSV/XLSX files on the web) with their import options: a scheduled check, “New data available” and “Refresh from the source”.',
    },
    planningTools: {
      title: 'Planning tools',
      text: 'The body’s DUP, PIAO, PTGM, PUMS, AMSvS and other tools, with the tree of their objectives the actions link to.',
    },
    audit: {
      title: 'Audit log',
      text: 'Who changed what and when, with the difference before and after; filter and export to CSV.',
    },
  },
};

registerMessages('backoffice', backofficeIt, backofficeEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    backoffice: typeof backofficeIt;
  }
}
