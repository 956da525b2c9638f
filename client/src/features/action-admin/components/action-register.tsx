import { useTranslation } from 'react-i18next';
import type { ActionRegisterResult } from '@psm/server/contract';
import '../../../styles/backoffice-data.css';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { CheckThenLoad } from '../../../components/back-office/check-then-load';
import { Link } from '../../../i18n/link';
import { registerTemplateUrl, useLoadRegister } from '../api/action-register';
import '../i18n';
import { adminPaths } from '../utils/admin-paths';
import { RegisterResult } from './register-result';

const HELP_KEYS = ['columns', 'empty', 'zones', 'fundings', 'milestones'] as const;

/** /gestione/piani/:plan/azioni/registro: a register spreadsheet; "Verifica" (dry run) shows every problem or every change, then "Carica". */
export function ActionRegister({ plan }: { plan: string }) {
  const { t } = useTranslation('actionAdmin');
  const run = useLoadRegister();
  return (
    <BackOfficePage title={t('register.title')} crumbs={[{ label: t('list.title'), to: adminPaths.list(plan) }]} lead={t('register.lead')}>
      <div className="bod plan-import">
        <p>
          <a href={registerTemplateUrl(plan)} download>
            {t('register.template')}
          </a>
        </p>
        <details className="psm-bo-help">
          <summary>{t('register.helpTitle')}</summary>
          <ul>
            {HELP_KEYS.map((k) => (
              <li key={k}>{t(`register.help.${k}`)}</li>
            ))}
          </ul>
        </details>
        <CheckThenLoad
          id="register-file"
          send={(file, dryRun) => run.mutateAsync({ plan, file, dryRun })}
          pending={run.isPending ? { dryRun: run.variables?.dryRun !== false } : null}
          text={(k) => t(`register.${k}`)}
          chosen={(name) => t('register.chosen', { name })}
          result={(r: ActionRegisterResult) => <RegisterResult plan={plan} result={r} />}
        />
        <p>
          <Link to={adminPaths.list(plan)}>{t('register.back')}</Link>
        </p>
      </div>
    </BackOfficePage>
  );
}
