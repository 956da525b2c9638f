import { useTranslation } from 'react-i18next';
import { FigureLinks } from '../../../components/figure-links';
import '../i18n';
import { figureUrl, type FigureView } from '../utils/figure-url';

/** The chart as a figure (the server's renderer): SVG, PNG and PNG 2×, for the view shown. */
export function FigureDownloads({ view }: { view: Omit<FigureView, 'lang'> }) {
  const { t } = useTranslation('indicators');
  return (
    <FigureLinks
      label={t('figureDownload.label')}
      detail={t('figureDownload.detail')}
      url={(format, scale, lang) => figureUrl({ ...view, lang }, format, scale)}
    />
  );
}
