import ExcelJS from 'exceljs';
import { metadataLines } from './metadata';
import { headers, type IndicatorDownload, tableRows } from './table';
import { COLUMN_KEYS, DOWNLOAD_TEXTS } from './texts';

/** Excel's number format for the indicator's decimals (the spreadsheet shows its own separators). */
const numberFormat = (decimals: number | null): string => (decimals === null ? 'General' : decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');

/** Two sheets: the values (numbers as numbers, header frozen) and the metadata that go with them. */
export async function downloadXlsx(d: IndicatorDownload): Promise<Buffer> {
  const texts = DOWNLOAD_TEXTS[d.lang];
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(texts.dataSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = headers(d.lang).map((header, i) => ({ header, key: COLUMN_KEYS[i], width: i === 2 ? 32 : 16 }));
  data.getRow(1).font = { bold: true };
  data.getColumn('value').numFmt = numberFormat(d.indicator.decimals);
  for (const row of tableRows(d)) data.addRow(row);

  const meta = wb.addWorksheet(texts.metaSheet);
  meta.columns = [{ width: 28 }, { width: 100 }];
  for (const line of metadataLines(d)) meta.addRow(line);
  meta.getColumn(1).font = { bold: true };
  meta.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
