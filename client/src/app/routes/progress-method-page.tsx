import { useTranslation } from 'react-i18next';
import { PROGRESS_STATUSES } from '@psm/server/contract/values';
import { PageBreadcrumb } from '../../components/page-breadcrumb';
import { ProgressBadge } from '../../components/progress-badge';
import { ErrorState, LoadingState } from '../../components/query-states';
import { registerMessages, type Messages } from '../../i18n/i18n';
import { useProgressMethod } from '../../lib/api/get-progress-method';
import { formatPercent } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';

/** The method of the progress status in words (docs/progress-method.md), with the thresholds in force. */
const methodIt = {
  title: 'Come si misurano i progressi verso i traguardi',
  lead: 'Quando un indicatore ha un traguardo (un valore da raggiungere entro un anno, fissato dal piano o da un altro documento), la piattaforma confronta il ritmo con cui l’indicatore è cambiato finora con il ritmo che servirebbe per arrivare al traguardo in tempo. Il metodo segue quello usato dalle piattaforme Open SDG, sviluppato dall’istituto di statistica canadese.',
  how: {
    title: 'Il calcolo',
    base: 'Si prende la serie del territorio a cui si riferisce il traguardo, un valore per anno. Il primo valore utile è l’anno base: {{base}}',
    baseDefault: 'il primo valore della serie dopo l’ultima interruzione di serie.',
    baseYear: 'il primo valore dal {{year}} in poi, mai prima di un’interruzione di serie.',
    actual: 'Il ritmo osservato è la crescita media annua composta dall’anno base all’ultimo valore disponibile: per esempio da 50 a 54,1 in quattro anni è +2,0% l’anno.',
    required: 'Il ritmo necessario è la crescita media annua che porterebbe dal valore dell’anno base al traguardo nel suo anno.',
    ratio: 'Il rapporto tra ritmo osservato e ritmo necessario decide la categoria. Per gli indicatori per cui un valore più basso è migliore (per esempio l’inquinamento) i due ritmi sono negativi quando le cose vanno bene, e il rapporto si legge allo stesso modo.',
  },
  categories: {
    title: 'Le categorie',
    reached: 'l’ultimo valore ha raggiunto o superato il traguardo, nella direzione desiderata.',
    on_track: 'il ritmo osservato è almeno il {{onTrack}} di quello necessario.',
    moderate: 'il ritmo osservato è tra il {{moderate}} e il {{onTrack}} di quello necessario.',
    insufficient: 'l’indicatore va nella direzione giusta (o è fermo) ma a meno del {{moderate}} del ritmo necessario; anche quando l’anno del traguardo è passato senza raggiungerlo.',
    moving_away: 'l’indicatore va nella direzione opposta a quella desiderata.',
    not_computable: 'mancano le condizioni per il calcolo (vedi sotto).',
  },
  cases: {
    title: 'Casi particolari',
    breaks: 'Interruzioni di serie: quando la fonte cambia definizione o metodo, i valori prima e dopo non sono confrontabili. Il calcolo parte sempre dopo l’ultima interruzione; se dopo restano meno di due valori, il progresso non è calcolabile.',
    gaps: 'Anni mancanti: il ritmo usa la distanza reale in anni tra l’anno base e l’ultimo valore, quindi i buchi nella serie non lo falsano.',
    linear: 'Valori nulli o negativi: la crescita composta non è definita; si usa allora la variazione media in unità per anno (per esempio +1,5 µg/m³ l’anno).',
    polarity: 'Indicatori senza una direzione desiderata (polarità neutra o non definita): il progresso non è calcolabile.',
    rollup: 'Nei riepiloghi di piano, assi e strategie ogni indicatore conta una volta, con il traguardo del piano per il territorio del piano: il primo successivo all’ultimo valore disponibile, altrimenti l’ultimo.',
  },
  thresholds: 'Le soglie in vigore sono {{onTrack}} e {{moderate}}; l’amministratore le può cambiare nella configurazione.',
} as const;

const methodEn: Messages<typeof methodIt> = {
  title: 'How progress towards targets is measured',
  lead: 'When an indicator has a target (a value to reach by a year, set by the plan or another document), the platform compares the pace at which the indicator has changed so far with the pace needed to reach the target on time. The method follows the one used by Open SDG platforms, developed by Statistics Canada.',
  how: {
    title: 'The calculation',
    base: 'The series of the target’s territory is taken, one value a year. The first usable value is the base year: {{base}}',
    baseDefault: 'the first value of the series after its most recent break in series.',
    baseYear: 'the first value from {{year}} on, never before a break in series.',
    actual: 'The observed pace is the compound annual growth rate from the base year to the latest value: for example from 50 to 54.1 in four years is +2.0% a year.',
    required: 'The required pace is the compound annual growth rate that would take the base-year value to the target in its year.',
    ratio: 'The ratio of the observed to the required pace decides the category. For indicators where lower is better (pollution, for example) both paces are negative when things go well, and the ratio reads the same way.',
  },
  categories: {
    title: 'The categories',
    reached: 'the latest value has reached or passed the target, in the desired direction.',
    on_track: 'the observed pace is at least {{onTrack}} of the required one.',
    moderate: 'the observed pace is between {{moderate}} and {{onTrack}} of the required one.',
    insufficient: 'the indicator moves the right way (or stands still) but at less than {{moderate}} of the required pace; also when the target year has passed without reaching it.',
    moving_away: 'the indicator moves opposite to the desired direction.',
    not_computable: 'the conditions for the calculation are missing (see below).',
  },
  cases: {
    title: 'Special cases',
    breaks: 'Breaks in series: when the source changes a definition or method, values before and after are not comparable. The calculation always starts after the most recent break; if fewer than two values remain, progress is not computable.',
    gaps: 'Missing years: the pace uses the real distance in years between the base year and the latest value, so gaps in the series do not distort it.',
    linear: 'Zero or negative values: compound growth is undefined; the average change in units per year is used instead (for example +1.5 µg/m³ a year).',
    polarity: 'Indicators without a desired direction (neutral or undefined polarity): progress is not computable.',
    rollup: 'In the plan, axis and strategy summaries each indicator counts once, with the plan’s target for the plan’s territory: the first after the latest value, otherwise the last one.',
  },
  thresholds: 'The thresholds in force are {{onTrack}} and {{moderate}}; the administrator can change them in the configuration.',
};

registerMessages('progressMethod', methodIt, methodEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    progressMethod: typeof methodIt;
  }
}

export function ProgressMethodPage() {
  const { t } = useTranslation('progressMethod');
  const method = useProgressMethod();
  const title = t('title');
  useDocumentTitle(title);
  const pct = (ratio: number) => formatPercent(ratio * 100, 0);
  const values = method.data ? { onTrack: pct(method.data.thresholds.onTrack), moderate: pct(method.data.thresholds.moderate) } : null;
  return (
    <article className="psm-statement psm-method">
      <PageBreadcrumb items={[{ label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() }, { label: title }]} />
      <header className="psm-page-head">
        <h1>{title}</h1>
        <p className="psm-page-head__lead">{t('lead')}</p>
      </header>
      {method.isPending ? (
        <LoadingState />
      ) : method.isError ? (
        <ErrorState error={method.error} onRetry={() => void method.refetch()} />
      ) : (
        <>
          <section aria-labelledby="calcolo">
            <h2 id="calcolo" className="h3">
              {t('how.title')}
            </h2>
            <ol>
              <li>
                {t('how.base', {
                  base: method.data.baseYear === null ? t('how.baseDefault') : t('how.baseYear', { year: String(method.data.baseYear) }),
                })}
              </li>
              <li>{t('how.actual')}</li>
              <li>{t('how.required')}</li>
              <li>{t('how.ratio')}</li>
            </ol>
          </section>
          <section aria-labelledby="categorie">
            <h2 id="categorie" className="h3">
              {t('categories.title')}
            </h2>
            <ul className="psm-method__categories">
              {PROGRESS_STATUSES.map((s) => (
                <li key={s}>
                  <ProgressBadge status={s} /> {t(`categories.${s}`, values!)}
                </li>
              ))}
            </ul>
            <p>{t('thresholds', values!)}</p>
          </section>
          <section aria-labelledby="casi">
            <h2 id="casi" className="h3">
              {t('cases.title')}
            </h2>
            <ul>
              <li>{t('cases.breaks')}</li>
              <li>{t('cases.gaps')}</li>
              <li>{t('cases.linear')}</li>
              <li>{t('cases.polarity')}</li>
              <li>{t('cases.rollup')}</li>
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
