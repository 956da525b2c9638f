import type { Messages } from '../../i18n/i18n';

/*
 * The import's messages by code (IMPORT_MESSAGE_CODES of the contract; the server's catalogue is
 * server/src/imports/messages.ts), in the words of the screen: each hint names the upload form's control
 * by its own label ($t(upload.filters)…), never a command-line flag. The params come prepared by
 * utils/issue-text.ts (lists joined, numbers and sizes formatted). Part of the `imports` namespace.
 */
export const messagesIt = {
  dimension: {
    severalValues:
      '"{{dimension}}" ha più valori ({{values}}{{more}}): uno stesso indicatore, territorio e periodo riceverebbe più di un valore. Tienine uno: nel campo "$t(upload.filters)" scrivi {{dimension}}={{suggestion}}.',
  },
  filter: {
    unknownDimension:
      'Filtro {{dimension}}={{values}}: il file non ha la dimensione "{{dimension}}"; le sue dimensioni sono {{dimensions}}. Correggi il campo "$t(upload.filters)".',
    valueNotFound: 'Filtro {{filter}}={{value}}: nessuna riga ha {{dimension}}={{value}}; il file ha {{values}}. Correggi il campo "$t(upload.filters)".',
  },
  indicator: {
    missing: 'Questo file {{format}} non dice a quale indicatore appartengono i valori: scrivi l\'indicatore nel campo "$t(upload.indicator)".',
    unknown:
      'Indicatore sconosciuto "{{code}}". Collegalo a uno dei nostri nel campo "$t(upload.map)" ({{code}}=NOSTRO_CODICE), scrivi un solo indicatore per tutto il file nel campo "$t(upload.indicator)" oppure spunta "$t(upload.createIndicators)".',
  },
  territory: {
    unknown:
      'Territorio sconosciuto "{{code}}"{{label}}: non è un codice ISTAT, NUTS o UTS, né il nome di uno dei nostri territori. Per importare solo i territori che abbiamo, nel campo "$t(upload.filters)" scrivi {{dimension}}=CODICE,CODICE…',
    ambiguous: 'Il territorio "{{code}}" è ambiguo: può essere {{candidates}}. Usa un codice.',
    empty: 'Codice del territorio vuoto.',
  },
  period: { invalid: '"{{value}}" non è un periodo: le forme attese sono {{formats}}.' },
  value: {
    notNumber: '"{{value}}" non è un numero.',
    notFinite: '"{{value}}" non è un numero finito.',
    tooLarge: '{{value}} è troppo grande per essere registrato (limite ±10^14).',
    emptyCell: 'Cella vuota (Eurostat scrive ":" per un valore mancante).',
    badFlag: 'Flag illeggibile "{{flag}}" dopo il valore "{{value}}".',
    badUnitMultiplier: 'UNIT_MULT "{{value}}" non è una potenza di dieci intera.',
    notNumberOrNull: 'Il valore {{value}} in posizione {{position}} non è un numero né null.',
  },
  row: {
    truncated: 'Riga incompleta: {{found}} celle, ne servono {{expected}}.',
    badCodes: 'Attesi {{count}} codici ({{dimensions}}) e valori separati da tabulazione; trovato "{{found}}".',
    duplicate: 'Le righe {{rows}} danno un valore per lo stesso indicatore{{indicator}}, territorio {{territory}} e periodo {{period}}: tienine una.',
  },
  file: {
    noValues: 'Il file non contiene valori.',
    nothingToImport: 'Nessun valore da importare: {{filteredOut}}, {{missing}}.',
    empty: 'Il file è vuoto.',
    noDataRows: 'Il file non ha righe di dati.',
    missingColumns: 'Non è un file {{format}} valido: mancano le colonne {{missing}} nell\'intestazione "{{header}}".{{hint}}',
    rowTooLong:
      'La riga {{row}} supera {{limit}} di testo (il massimo per una riga): probabilmente manca un a capo, o una virgoletta apre una cella che non si chiude. Il file non è stato letto oltre.',
    tooManyColumns: 'La riga {{row}} ha più di {{limit}} colonne (il massimo per una riga){{hint}}. Il file non è stato letto oltre.',
    unclosedQuote: 'Il file non può essere letto come testo delimitato: la cella tra virgolette aperta alla riga {{line}} non si chiude (manca una virgoletta ").',
    encoding: 'Il file è codificato in UTF-16 (o è binario), non come testo UTF-8 o Latin-1. Salvalo di nuovo come "CSV UTF-8" e ricaricalo.',
    noTerritoryDimension: 'Nessuna dimensione del territorio ({{expected}}) tra {{found}}.',
    tooLarge:
      'Il file JSON-stat supera {{limit}}, il massimo per un documento JSON letto per intero: scarica una selezione più piccola, o gli stessi dati in SDMX-CSV o TSV.',
    outOfMemory: 'Leggere il file richiede più memoria di quella concessa all\'importazione ({{mb}} MB): dividi il file, o salvalo in SDMX-CSV o TSV.',
    unreadable: 'Il file non può essere letto così com\'è: {{detail}}',
    zipBomb:
      'La parte {{part}} della cartella di lavoro {{why}}: il file è rifiutato come possibile "zip bomb" e non è stato letto oltre. Salva di nuovo i dati da Excel o LibreOffice, oppure dividili.',
    unreadableText: 'Il file non può essere letto come testo delimitato ({{detail}}). Salvalo di nuovo come CSV e ricaricalo.',
  },
  xml: {
    malformed: 'XML non valido ({{detail}}): il file è incompleto o danneggiato. Scaricalo di nuovo dalla fonte.',
    tooDeep: 'Gli elementi sono annidati per più di {{limit}} livelli (riga {{line}}, elemento <{{element}}>); SDMX-ML ne usa meno di 10. Il file non è stato letto oltre.',
    tokenTooLong:
      'Più di {{limit}} di testo senza un elemento completo (un tag, un attributo o un testo che non si chiude, fino alla riga {{line}}). Il file non è stato letto oltre.',
    wrongRoot: 'Il file è un documento XML con elemento radice <{{root}}>: serve SDMX-ML 2.1 <{{expected}}>.',
    structure:
      'Il file è un messaggio di struttura SDMX (definizione della struttura, codelist o schemi di concetti), non dati: descrive un dataset ma non contiene osservazioni. Scarica i dati (SDMX-ML GenericData o StructureSpecificData, oppure SDMX-CSV).',
  },
  json: {
    invalid: 'Il file non è JSON valido ({{detail}}): è incompleto o danneggiato. Scaricalo di nuovo dalla fonte.',
    tooDeep: 'Array e oggetti sono annidati per più di {{limit}} livelli (al byte {{at}}); JSON-stat ne usa meno di 10. Il file non è stato letto oltre.',
  },
  jsonstat: {
    notVersion2:
      'Questo JSON non è JSON-stat 2.0 (manca "class":"dataset" o "collection"): forse è la vecchia risposta JSON di Eurostat o JSON-stat 1.0. Scarica JSON-stat 2.0, TSV o SDMX-CSV.',
    onlyLinks: 'La raccolta JSON-stat non contiene dataset con valori, solo collegamenti: scarica i dataset stessi.',
    inconsistent: 'Il dataset JSON-stat non ha "id", "size", "dimension" e "value" coerenti tra loro.',
    sizeMismatch: 'La dimensione JSON-stat "{{dimension}}" ha {{categories}} categorie ma dimensione (size) {{size}}.',
    noDimension: 'Il dataset JSON-stat non ha una dimensione {{missing}} (ruolo "{{role}}" o una dimensione con un nome simile) tra {{dimensions}}.',
    time: 'del tempo',
    territory: 'del territorio',
  },
  tsv: {
    badHeader:
      'Non è un TSV di Eurostat: l\'intestazione deve iniziare con "dim1,dim2,…\\TIME_PERIOD" seguita dai periodi separati da tabulazione; trovato "{{found}}".',
  },
  xlsx: { unreadable: 'Il file non può essere letto come cartella di lavoro XLSX ({{detail}}). Aprilo in Excel o LibreOffice e salvalo di nuovo come .xlsx.' },
  istat: {
    oddPairs: 'Le colonne prima di "Value" devono andare a coppie codice/etichetta (per esempio "ITTER107","Territorio"): il loro numero è dispari.',
  },
  format: {
    unknown: 'Formato sconosciuto o non supportato "{{format}}". Formati accettati: {{formats}}.',
    unrecognised: 'Il formato del file non è riconosciuto{{what}}. Formati accettati: {{formats}}.',
    sdmxStructure:
      'È un messaggio di struttura SDMX (definizione della struttura o codelist), non dati: descrive il dataset ma non contiene osservazioni. Scarica i dati (GenericData, StructureSpecificData o SDMX-CSV). Formati accettati: {{formats}}.',
  },
  option: {
    unknownIndicator: 'L\'indicatore "{{code}}" non esiste: usa il codice di uno dei nostri indicatori.',
    indicatorAndMap: 'Compila il campo "$t(upload.indicator)" oppure il campo "$t(upload.map)", non entrambi.',
    badPair: '"{{value}}": scrivi nella forma {{expected}}.',
    unknownField: 'Campo sconosciuto "{{field}}".',
    repeated: 'Indicato più di una volta.',
    notBoolean: 'Deve essere vero o falso.',
    invalid: 'Valore non valido: {{detail}}',
  },
  upload: {
    tooLarge: 'Il file supera il limite di {{limit}}.',
    notMultipart: 'Il file va inviato come modulo multipart/form-data, nel campo "file".',
    invalid: 'Caricamento non valido: {{detail}}',
    valueTooLong: 'Il valore del campo "{{field}}" è troppo lungo.',
    oneFile: 'Carica un solo file alla volta.',
    unexpectedFile: 'File inatteso nel campo "{{field}}": carica il file dal riquadro "$t(upload.heading)".',
    tooManyFields: 'Il modulo ha troppi campi.',
    malformed: 'Il caricamento è arrivato incompleto o danneggiato ({{detail}}): riprova.',
    interrupted: 'Il caricamento si è interrotto prima della fine: riprova.',
    fileRequired: 'Scegli il file da importare.',
    emptyFile: 'Il file è vuoto.',
  },
  job: {
    interrupted: 'Interrotto: il server si è fermato prima della fine del lavoro; non è stato scritto nulla. Carica di nuovo il file.',
    databaseAway: 'Il database non era raggiungibile durante il lavoro; non è stato scritto nulla. Carica di nuovo il file.',
    failed: 'Il lavoro non è riuscito ({{detail}}): carica di nuovo il file.',
  },
  /** Pieces some messages add, chosen from their params. */
  hints: {
    separator: ' L\'intestazione è stata letta come una sola colonna con separatore {{separator}}: probabilmente il separatore è sbagliato (usa "," o ";").',
    pastedCsv: ' L\'intestazione è una sola cella: probabilmente il foglio contiene testo CSV incollato in una colonna.',
    wrongSeparator: '; probabilmente il separatore è sbagliato',
    tab: 'tabulazione',
    or: ' o ',
    xml: ' (è un file XML con elemento radice <{{root}}>, non dati SDMX-ML 2.1)',
    json: ' (è JSON ma non JSON-stat 2.0: forse la vecchia risposta JSON di Eurostat; scarica JSON-stat 2.0, TSV o SDMX-CSV)',
    zip: ' (è un archivio ZIP ma non una cartella di lavoro XLSX; salvalo come .xlsx o CSV)',
    text: ': la prima riga "{{firstLine}}" non corrisponde a nessuna struttura nota',
    zipSize: 'si espande oltre {{limit}}',
    zipRatio: 'si espande più di {{limit}} volte la sua dimensione compressa',
    zipStrings: 'contiene più di {{limit}} stringhe condivise',
  },
};

export const messagesEn: Messages<typeof messagesIt> = {
  dimension: {
    severalValues:
      '"{{dimension}}" has several values ({{values}}{{more}}): one indicator, territory and period would get more than one value. Keep one: in the "$t(upload.filters)" field write {{dimension}}={{suggestion}}.',
  },
  filter: {
    unknownDimension:
      'Filter {{dimension}}={{values}}: the file has no dimension "{{dimension}}"; its dimensions are {{dimensions}}. Correct the "$t(upload.filters)" field.',
    valueNotFound: 'Filter {{filter}}={{value}}: no row has {{dimension}}={{value}}; the file has {{values}}. Correct the "$t(upload.filters)" field.',
  },
  indicator: {
    missing: 'This {{format}} file does not say which indicator its values belong to: write the indicator in the "$t(upload.indicator)" field.',
    unknown:
      'Unknown indicator "{{code}}". Map it to one of ours in the "$t(upload.map)" field ({{code}}=OUR_CODE), write one indicator for the whole file in the "$t(upload.indicator)" field, or tick "$t(upload.createIndicators)".',
  },
  territory: {
    unknown:
      'Unknown territory "{{code}}"{{label}}: not an ISTAT, NUTS or UTS code, nor the name of one of our territories. To import only the territories we have, in the "$t(upload.filters)" field write {{dimension}}=CODE,CODE…',
    ambiguous: 'Territory "{{code}}" is ambiguous: it may be {{candidates}}. Use a code.',
    empty: 'Empty territory code.',
  },
  period: { invalid: '"{{value}}" is not a period: expected {{formats}}.' },
  value: {
    notNumber: '"{{value}}" is not a number.',
    notFinite: '"{{value}}" is not a finite number.',
    tooLarge: '{{value}} is too large to store (limit ±10^14).',
    emptyCell: 'Empty cell (Eurostat writes ":" for a missing value).',
    badFlag: 'Unreadable flag "{{flag}}" after value "{{value}}".',
    badUnitMultiplier: 'UNIT_MULT "{{value}}" is not a whole power of ten.',
    notNumberOrNull: 'Value {{value}} at position {{position}} is not a number or null.',
  },
  row: {
    truncated: 'Truncated line: {{found}} cells where {{expected}} are needed.',
    badCodes: 'Expected {{count}} codes ({{dimensions}}) and tab-separated values; found "{{found}}".',
    duplicate: 'Rows {{rows}} give a value for the same indicator{{indicator}}, territory {{territory}} and period {{period}}: keep one.',
  },
  file: {
    noValues: 'The file holds no values.',
    nothingToImport: 'No value to import: {{filteredOut}}, {{missing}}.',
    empty: 'The file is empty.',
    noDataRows: 'The file has no data rows.',
    missingColumns: 'Not a valid {{format}} file: required column(s) {{missing}} missing from the header "{{header}}".{{hint}}',
    rowTooLong:
      'Row {{row}} is longer than {{limit}} of text (the most one row may hold): a line break is probably missing, or a quote opens a cell that is never closed. The file was not read further.',
    tooManyColumns: 'Row {{row}} has more than {{limit}} columns (the most a row may have){{hint}}. The file was not read further.',
    unclosedQuote: 'The file cannot be read as delimited text: the quoted cell opened on line {{line}} is never closed (a closing quote " is missing).',
    encoding: 'The file is encoded as UTF-16 (or is binary), not as text in UTF-8 or Latin-1. Save it again as "CSV UTF-8" and upload it again.',
    noTerritoryDimension: 'No territory dimension ({{expected}}) among {{found}}.',
    tooLarge:
      'The JSON-stat file is larger than {{limit}}, the most a JSON document (read whole) may be: download a smaller selection, or the same data as SDMX-CSV or TSV.',
    outOfMemory: 'Reading the file needs more memory than the import allows ({{mb}} MB): split the file, or save it as SDMX-CSV or TSV.',
    unreadable: 'The file cannot be read as it is: {{detail}}',
    zipBomb:
      'The workbook part {{part}} {{why}}: the file is refused as a possible "zip bomb" and was not read further. Save the data again from Excel or LibreOffice, or split it.',
    unreadableText: 'The file cannot be read as delimited text ({{detail}}). Save it again as CSV and upload it again.',
  },
  xml: {
    malformed: 'Malformed XML ({{detail}}): the file is incomplete or damaged. Download it again from the source.',
    tooDeep: 'Elements are nested more than {{limit}} deep (line {{line}}, element <{{element}}>); SDMX-ML needs fewer than 10. The file was not read further.',
    tokenTooLong:
      'More than {{limit}} of text without a complete element (a tag, an attribute or a text that never ends, up to line {{line}}). The file was not read further.',
    wrongRoot: 'The file is an XML document with root element <{{root}}>: SDMX-ML 2.1 <{{expected}}> is needed.',
    structure:
      'The file is an SDMX structure message (data structure definition, codelists or concept schemes), not data: it describes a dataset but holds no observations. Download the data (SDMX-ML GenericData or StructureSpecificData, or SDMX-CSV).',
  },
  json: {
    invalid: 'The file is not valid JSON ({{detail}}): it is incomplete or damaged. Download it again from the source.',
    tooDeep: 'Arrays and objects are nested more than {{limit}} deep (at byte {{at}}); JSON-stat needs fewer than 10. The file was not read further.',
  },
  jsonstat: {
    notVersion2:
      'This JSON is not JSON-stat 2.0 (no "class":"dataset" or "collection"): it may be Eurostat\'s legacy JSON response or JSON-stat 1.0. Download JSON-stat 2.0, TSV or SDMX-CSV.',
    onlyLinks: 'The JSON-stat collection holds no dataset with values, only links: download the datasets themselves.',
    inconsistent: 'The JSON-stat dataset has no consistent "id", "size", "dimension" and "value".',
    sizeMismatch: 'JSON-stat dimension "{{dimension}}" has {{categories}} categories but size {{size}}.',
    noDimension: 'The JSON-stat dataset has no {{missing}} dimension (role "{{role}}" or a dimension named like it) among {{dimensions}}.',
    time: 'time',
    territory: 'territory',
  },
  tsv: {
    badHeader: 'Not a Eurostat TSV: the header must start with "dim1,dim2,…\\TIME_PERIOD" followed by tab-separated periods; found "{{found}}".',
  },
  xlsx: { unreadable: 'The file cannot be read as an XLSX workbook ({{detail}}). Open it in Excel or LibreOffice and save it again as .xlsx.' },
  istat: {
    oddPairs: 'The columns before "Value" must come in code/label pairs (e.g. "ITTER107","Territorio"): there is an odd number of them.',
  },
  format: {
    unknown: 'Unknown or unsupported format "{{format}}". Accepted formats: {{formats}}.',
    unrecognised: 'The format of the file is not recognised{{what}}. Accepted formats: {{formats}}.',
    sdmxStructure:
      'This is an SDMX structure message (data structure definition or codelist), not data: it describes the dataset but holds no observations. Download the data (GenericData, StructureSpecificData or SDMX-CSV). Accepted formats: {{formats}}.',
  },
  option: {
    unknownIndicator: 'Indicator "{{code}}" does not exist: use the code of one of our indicators.',
    indicatorAndMap: 'Fill in either the "$t(upload.indicator)" field or the "$t(upload.map)" field, not both.',
    badPair: '"{{value}}": write it as {{expected}}.',
    unknownField: 'Unknown field "{{field}}".',
    repeated: 'Given more than once.',
    notBoolean: 'Must be true or false.',
    invalid: 'Invalid value: {{detail}}',
  },
  upload: {
    tooLarge: 'The file is larger than the limit of {{limit}}.',
    notMultipart: 'Send the file as a multipart/form-data form, in the field "file".',
    invalid: 'Invalid upload: {{detail}}',
    valueTooLong: 'The value of the field "{{field}}" is too long.',
    oneFile: 'Upload one file at a time.',
    unexpectedFile: 'Unexpected file in the field "{{field}}": upload the file in the "$t(upload.heading)" box.',
    tooManyFields: 'The form has too many fields.',
    malformed: 'The upload arrived incomplete or damaged ({{detail}}): try again.',
    interrupted: 'The upload stopped before the end: try again.',
    fileRequired: 'Choose the file to import.',
    emptyFile: 'The file is empty.',
  },
  job: {
    interrupted: 'Interrupted: the server stopped before the job finished; nothing was written. Upload the file again.',
    databaseAway: 'The database could not be reached while the job ran; nothing was written. Upload the file again.',
    failed: 'The job failed ({{detail}}): upload the file again.',
  },
  hints: {
    separator: ' The header was read as a single column with separator {{separator}}: the separator is probably wrong (use "," or ";").',
    pastedCsv: ' The header is a single cell: the sheet probably holds CSV text pasted into one column.',
    wrongSeparator: '; the separator is probably wrong',
    tab: 'tab',
    or: ' or ',
    xml: ' (it is an XML file with root element <{{root}}>, not SDMX-ML 2.1 data)',
    json: " (it is JSON but not JSON-stat 2.0: perhaps Eurostat's legacy JSON response; download JSON-stat 2.0, TSV or SDMX-CSV)",
    zip: ' (it is a ZIP archive but not an XLSX workbook; save it as .xlsx or CSV)',
    text: ': the first line "{{firstLine}}" matches none of the known layouts',
    zipSize: 'inflates to more than {{limit}}',
    zipRatio: 'inflates to more than {{limit}} times its compressed size',
    zipStrings: 'holds more than {{limit}} shared strings',
  },
};
