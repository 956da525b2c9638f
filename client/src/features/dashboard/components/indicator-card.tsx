import { useTranslation } from 'react-i18next';
import type { DashboardIndicator, DashboardPoint } from '@psm/server/contract';
import { Link } from '../../../i18n/link';
import { formatNumber, formatPeriod, withUnit } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import '../i18n';
import { flaggedPeriods, flagsOf } from '../../../lib/point-flags';
import { CardComparisons, DisagreementNote } from './card-comparisons';
import { ChangeIndicator } from './change-indicator';
import { DemonstrationNote, IndicatorSource } from './indicator-source';
import { Sparkline } from './sparkline';
import { useDataLang } from '../../../lib/use-data-lang';
import { progressSentence } from '../../../lib/progress';
import { ProgressBadge } from '../../../components/progress-badge';

type Props = {
  indicator: DashboardIndicator;
  /** The plan whose dashboard this is: the indicator page opens in its context. */
  plan: string;
  /** Code of the plan's own territory, whose values lead the card. */
  focusCode: string | undefined;
  /** The plan's territory, named when it has no data. */
  focusName: string;
};

function FlagText({ point }: { point: DashboardPoint }) {
  const { t } = useTranslation('dashboard');
  const flags = flagsOf(point);
  if (flags.length === 0) return null;
  return (
    <>
      {' '}
      <span className="psm-flag">({flags.map((f) => t(`flags.${f}`)).join(', ')})</span>
    </>
  );
}

/** The plan's target the card is judged by: its status in words and one sentence with the rates. */
function TargetProgressNote({ indicator }: { indicator: DashboardIndicator }) {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const g = indicator.target;
  if (!g) return null;
  return (
    <div className="psm-indicator__target">
      <p className="psm-indicator__target-title">
        {t('card.target', { period: formatPeriod(g.period), value: withUnit(formatNumber(g.value, indicator.decimals), indicator.unit) })}
      </p>
      <p className="mb-1">
        <ProgressBadge status={g.progress.status} />
      </p>
      <p className="psm-indicator__target-sentence">{progressSentence(tc, g.progress, indicator)}</p>
    </div>
  );
}

/** One context indicator, compact: latest value, change judged by polarity, sparkline, comparisons, source. */
export function IndicatorCard({ indicator, plan, focusCode, focusName }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = useDataLang();
  const translated = i18n.language === 'en' && indicator.nameEn;
  const name = translated ? indicator.nameEn! : indicator.name;
  const focus = indicator.series.find((s) => s.territory.code === focusCode);
  const latest = focus?.latest;
  const headingId = `indicator-${indicator.code.replace(/\W/g, '-')}`;
  const flagged = focus ? flaggedPeriods(focus.points) : [];
  return (
    <article className="card card-bg no-after psm-card psm-indicator" aria-labelledby={headingId}>
      <div className="card-body">
        {indicator.theme && (
          <p className="psm-kicker" lang={lang}>
            {indicator.theme}
          </p>
        )}
        <h3 id={headingId} className="card-title h5">
          <Link to={paths.indicator(indicator.code, plan)} lang={translated ? undefined : lang}>
            {name}
          </Link>
        </h3>
        {indicator.demonstration && <DemonstrationNote rationale={indicator.rationale} />}
        <p className="psm-indicator__label">{t('card.latest', { territory: focus?.territory.name ?? focusName })}</p>
        {focus && latest ? (
          <>
            <p className="psm-indicator__value">
              <span className="psm-indicator__number">{withUnit(formatNumber(latest.value, indicator.decimals), indicator.unit)}</span>{' '}
              <span className="psm-indicator__period">{formatPeriod(latest.period)}</span>
              <FlagText point={latest} />
            </p>
            <ChangeIndicator series={focus} unit={indicator.unit} decimals={indicator.decimals} />
            <Sparkline points={focus.points} unit={indicator.unit} decimals={indicator.decimals} />
            {flagged.length > 0 && (
              <ul className="psm-indicator__flags">
                {flagged.map((f) => (
                  <li key={f.flag}>{t('card.flagsIn', { flag: t(`flags.${f.flag}`), period: f.periods.map(formatPeriod).join(', ') })}</li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p className="psm-indicator__missing">{t('card.valueNotAvailable', { territory: focus?.territory.name ?? focusName })}</p>
        )}
        <TargetProgressNote indicator={indicator} />
        <DisagreementNote indicator={indicator} />
        <CardComparisons indicator={indicator} focusName={focus?.territory.name ?? focusName} focusLatest={latest ?? null} />
        <p className="psm-indicator__meta">
          {t('card.polarityLabel')}: {t(`polarity.${indicator.polarity}`)}
        </p>
        <IndicatorSource indicator={indicator} />
        <p className="mb-0">
          <Link to={paths.indicator(indicator.code, plan)} className="psm-more" aria-label={t('card.openIndicatorLabel', { name })}>
            {t('card.openIndicator')}
          </Link>
        </p>
      </div>
    </article>
  );
}
