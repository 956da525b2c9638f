import type { Knex } from 'knex';
import type { IndicatorDownloadQuery } from '../../../contract/downloads';
import type { DownloadFormat } from '../../../contract/values';
import type { FileResult } from '../../../http/route-def';
import { XLSX_TYPE } from '../../../http/route';
import { toIndicatorMeta } from '../../../indicators/meta';
import { downloadZip } from '../../../indicators/download/data-package';
import { downloadCsv, downloadFileName, type IndicatorDownload } from '../../../indicators/download/table';
import { downloadXlsx } from '../../../indicators/download/workbook';
import { listObservations } from '../observations/service';
import { findIndicator } from './service';

export const DOWNLOAD_CONTENT_TYPES = ['text/csv; charset=utf-8', XLSX_TYPE, 'application/zip'] as const;

/** The values a download holds: those shown (territories and periods asked for) or the whole series, current at asOf. */
export async function indicatorDownload(db: Knex, code: string, q: IndicatorDownloadQuery): Promise<IndicatorDownload> {
  const indicator = toIndicatorMeta(await findIndicator(db, code));
  const shown = q.scope === 'shown';
  const observations = await listObservations(db, {
    indicator: [indicator.code],
    territory: shown ? q.territory : undefined,
    from: shown ? q.from : undefined,
    to: shown ? q.to : undefined,
    asOf: q.asOf,
    vintages: 'current',
  });
  const latest = observations.reduce<string | null>((max, o) => (max === null || o.recordedAt > max ? o.recordedAt : max), null);
  return {
    indicator,
    scope: q.scope,
    lang: q.lang,
    observations,
    selection: { territories: shown ? (q.territory ?? null) : null, from: shown ? (q.from ?? null) : null, to: shown ? (q.to ?? null) : null },
    dataVersion: (q.asOf?.written ?? latest)?.slice(0, 10) ?? null,
  };
}

/** The download in the format asked for. */
export async function renderDownload(d: IndicatorDownload, format: DownloadFormat): Promise<FileResult> {
  switch (format) {
    case 'csv':
      return { body: downloadCsv(d, 'plain'), contentType: 'text/csv; charset=utf-8', fileName: downloadFileName(d, '.csv') };
    case 'csv-excel':
      return { body: downloadCsv(d, 'excel'), contentType: 'text/csv; charset=utf-8', fileName: downloadFileName(d, '_excel.csv') };
    case 'xlsx':
      return { body: await downloadXlsx(d), contentType: XLSX_TYPE, fileName: downloadFileName(d, '.xlsx') };
    case 'zip':
      return { body: await downloadZip(d), contentType: 'application/zip', fileName: downloadFileName(d, '.zip') };
  }
}
