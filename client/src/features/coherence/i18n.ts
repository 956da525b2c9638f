import { registerMessages, type Messages } from '../../i18n/i18n';

/** Texts of the public coherence page (plan ↔ planning tools). */
export const coherenceIt = {
  title: 'Coerenza con gli strumenti di pianificazione',
  crumb: 'Coerenza',
  lead: 'Per ogni azione del piano, gli obiettivi degli strumenti di pianificazione dell’ente (DUP, PIAO, PTGM, PUMS, Agenda per lo sviluppo sostenibile e altri) che l’azione contribuisce a raggiungere.',
  noTools: 'Nessuno strumento di pianificazione registrato',
  noToolsHint: 'Quando l’ente registrerà i propri strumenti di pianificazione e i loro obiettivi, qui comparirà la matrice di coerenza con le azioni del piano.',
  filters: 'Filtri',
  axis: 'Asse',
  allAxes: 'Tutti gli assi',
  axisOption: 'Asse {{code}} – {{title}}',
  tool: 'Strumento',
  allTools: 'Tutti gli strumenti',
  reset: 'Mostra tutto',
  summary: 'Azioni mostrate: {{actions}}, senza obiettivi: {{unlinked}}. Obiettivi degli strumenti mostrati: {{objectives}}, non serviti da alcuna azione del piano: {{unserved}}.',
  matrix: 'Matrice azioni × strumenti',
  matrixHint: 'La tabella scorre in orizzontale: la prima colonna resta ferma.',
  caption: 'Obiettivi degli strumenti di pianificazione collegati a ciascuna azione, per asse e strategia',
  action: 'Azione',
  axisRow: 'Asse {{code}}',
  strategyRow: 'Strategia {{code}}',
  noObjective: 'Nessun obiettivo collegato',
  noObjectiveInTool: 'nessun obiettivo',
  flag: 'Senza obiettivi',
  unserved: 'Obiettivi non serviti da alcuna azione',
  unservedIntro: 'Obiettivi degli strumenti mostrati che nessuna azione del piano (di qualunque asse) contribuisce a raggiungere.',
  allServed: 'Ogni obiettivo degli strumenti mostrati è servito da almeno un’azione del piano.',
  downloads: 'Scarica i dati',
  downloadsNote: 'La vista mostrata (stessi filtri): una riga per collegamento azione → obiettivo, per azione senza obiettivi e per obiettivo non servito.',
  csv: 'CSV (separatore virgola)',
  xlsx: 'Foglio di calcolo XLSX (con la matrice)',
  noActions: 'Nessuna azione in questa vista.',
};

export const coherenceEn: Messages<typeof coherenceIt> = {
  title: 'Coherence with the planning tools',
  crumb: 'Coherence',
  lead: 'For each action of the plan, the objectives of the body’s planning tools (DUP, PIAO, PTGM, PUMS, Agenda for sustainable development and others) that the action helps to reach.',
  noTools: 'No planning tool recorded',
  noToolsHint: 'Once the body records its planning tools and their objectives, the coherence matrix with the plan’s actions will appear here.',
  filters: 'Filters',
  axis: 'Axis',
  allAxes: 'All axes',
  axisOption: 'Axis {{code}} – {{title}}',
  tool: 'Tool',
  allTools: 'All tools',
  reset: 'Show all',
  summary: 'Actions shown: {{actions}}, without objectives: {{unlinked}}. Objectives of the tools shown: {{objectives}}, served by no action of the plan: {{unserved}}.',
  matrix: 'Matrix actions × tools',
  matrixHint: 'The table scrolls sideways: the first column stays in place.',
  caption: 'Objectives of the planning tools linked to each action, by axis and strategy',
  action: 'Action',
  axisRow: 'Axis {{code}}',
  strategyRow: 'Strategy {{code}}',
  noObjective: 'No linked objective',
  noObjectiveInTool: 'no objective',
  flag: 'No objectives',
  unserved: 'Objectives no action serves',
  unservedIntro: 'Objectives of the tools shown that no action of the plan (of any axis) helps to reach.',
  allServed: 'Every objective of the tools shown is served by at least one action of the plan.',
  downloads: 'Download the data',
  downloadsNote: 'The view shown (same filters): one row per link action → objective, per action without objectives and per objective not served.',
  csv: 'CSV (comma separated)',
  xlsx: 'XLSX spreadsheet (with the matrix)',
  noActions: 'No action in this view.',
};

registerMessages('coherence', coherenceIt, coherenceEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    coherence: typeof coherenceIt;
  }
}
