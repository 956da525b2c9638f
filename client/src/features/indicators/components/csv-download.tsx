import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoveredTerritory } from '@psm/server/contract';
import '../i18n';
import { csvFileName, observationsUrl } from '../utils/observations-url';

/** The CSV of exactly what the page shows: the same observations query, with format=csv. */
export function CsvDownload({ indicator, territories }: { indicator: string; territories: CoveredTerritory[] }) {
  const { t } = useTranslation('indicators');
  const detailId = useId();
  const codes = territories.map((x) => x.code);
  return (
    <div className="ind-download">
      <a className="btn btn-outline-primary btn-sm" href={observationsUrl(indicator, codes, 'csv')} download={csvFileName(indicator, codes)} aria-describedby={detailId}>
        {t('download.csv')}
      </a>
      <p id={detailId} className="ind-download__detail">
        {t('download.detail', { names: territories.map((x) => x.name).join(', ') })}
      </p>
    </div>
  );
}
