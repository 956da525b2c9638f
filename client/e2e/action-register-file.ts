import ExcelJS from 'exceljs';

/**
 * One action row of a register file (docs/action-register.md). A field left undefined is a column
 * absent from the file when no row gives it (no change); '' in a present column clears the field.
 */
export type RegisterFileRow = {
  code: string;
  office?: string;
  responsibleEmail?: string;
  bodyRole?: string;
  plannedStart?: string;
  plannedEnd?: string;
  actualStart?: string;
  actualEnd?: string;
  weight?: string;
  /** Zone codes, written `A; B`. */
  zones?: string[];
  /** Written `Name (role); Name 2`. */
  partners?: { name: string; role?: string }[];
  /** Written `type | PNRR code | CUP | amount | description | link; …`. */
  fundings?: { type: string; pnrrCode?: string; cup?: string; amount?: string; description?: string; url?: string }[];
  /** Written `title | due date | date done; …`. */
  milestones?: { title: string; plannedDate?: string; actualDate?: string }[];
};

const COLUMNS: [keyof RegisterFileRow, string][] = [
  ['code', 'codice_azione'],
  ['office', 'ufficio'],
  ['responsibleEmail', 'email_responsabile'],
  ['bodyRole', 'ruolo_ente'],
  ['plannedStart', 'inizio_previsto'],
  ['plannedEnd', 'fine_prevista'],
  ['actualStart', 'inizio_effettivo'],
  ['actualEnd', 'fine_effettiva'],
  ['weight', 'peso'],
  ['zones', 'zone_omogenee'],
  ['partners', 'partner'],
  ['fundings', 'finanziamenti'],
  ['milestones', 'milestone'],
];

const parts = (values: (string | undefined)[]) => values.map((v) => v ?? '').join(' | ').replace(/( \| )+$/, '');

/** A row's cell in the register's syntax. */
function cell(row: RegisterFileRow, key: keyof RegisterFileRow): string {
  switch (key) {
    case 'zones':
      return (row.zones ?? []).join('; ');
    case 'partners':
      return (row.partners ?? []).map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
    case 'fundings':
      return (row.fundings ?? []).map((f) => parts([f.type, f.pnrrCode, f.cup, f.amount, f.description, f.url])).join('; ');
    case 'milestones':
      return (row.milestones ?? []).map((m) => parts([m.title, m.plannedDate, m.actualDate])).join('; ');
    default:
      return (row[key] as string | undefined) ?? '';
  }
}

/**
 * An action register as an admin uploads it: CSV as Italian Excel saves it (`;`, quoted cells where
 * needed) or XLSX (first sheet "Registro azioni"). Only the columns some row gives are written.
 * Returns what playwright's setInputFiles takes.
 */
export async function buildActionRegisterFile(rows: RegisterFileRow[], format: 'csv' | 'xlsx' = 'csv'): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const columns = COLUMNS.filter(([key]) => key === 'code' || rows.some((r) => r[key] !== undefined));
  const table = [columns.map(([, header]) => header), ...rows.map((r) => columns.map(([key]) => cell(r, key)))];
  if (format === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Registro azioni');
    for (const line of table) ws.addRow(line);
    return { name: 'registro_azioni.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
  }
  const quote = (c: string) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const csv = table.map((line) => line.map(quote).join(';')).join('\r\n') + '\r\n';
  return { name: 'registro_azioni.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
}
