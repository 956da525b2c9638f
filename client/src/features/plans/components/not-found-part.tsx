import { useTranslation } from 'react-i18next';
import { PageBreadcrumb } from '../../../components/page-breadcrumb';
import { paths } from '../../../lib/paths';
import { useDataLang } from '../../../lib/use-data-lang';
import '../i18n';
import { Link } from '../../../i18n/link';

type Props = { plan: string; planTitle: string; title: string; text: string };

/** A part of the plan that the URL names but the plan does not have: say so, and offer the way back. */
export function NotFoundPart({ plan, planTitle, title, text }: Props) {
  const { t } = useTranslation('plans');
  const lang = useDataLang();
  return (
    <>
      <PageBreadcrumb items={[{ label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() }, { label: planTitle, to: paths.plan(plan), lang }, { label: title }]} />
      <div className="state state--error alert alert-warning" role="alert">
        <h1 className="h3">{title}</h1>
        <p>{text}</p>
        <p className="mb-0">
          <Link to={paths.plan(plan)}>{t('strategyPage.backToPlan')}</Link>
        </p>
      </div>
    </>
  );
}
