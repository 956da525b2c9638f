import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '@psm/server/contract';
import { useStatusLabel } from '../../../components/status-badge';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useFocusOn } from '../../../lib/use-focus-on';
import '../i18n';

type StatusInfo = { labelIt: string; labelEn: string } | null;

/**
 * 409: someone saved in between. Says the version and status now, that nothing was saved or lost,
 * and offers to reload the current version; once reloaded, asks to check and confirm. Focused when it
 * appears (each submit: `attempt`) and once the current version is loaded.
 */
export function ConflictAlert(props: { version: number | null; status: StatusInfo; reloadedVersion: number | null; reloading: boolean; onReload: () => void; attempt: number }) {
  const { version, status, reloadedVersion, reloading, onReload, attempt } = props;
  const { t } = useTranslation('actionStatus');
  const label = useStatusLabel();
  const ref = useFocusOn<HTMLDivElement>(`${attempt}:${reloadedVersion}`);
  if (reloadedVersion != null) {
    return (
      <div ref={ref} className="alert alert-info" role="status" tabIndex={-1}>
        <p className="mb-0">{t('conflict.reloaded', { version: reloadedVersion })}</p>
      </div>
    );
  }
  return (
    <div ref={ref} className="alert alert-warning psm-conflict" role="alert" tabIndex={-1}>
      <h2 className="h5">{t('conflict.title')}</h2>
      <p>{t('conflict.text', { version: version ?? '?', status: status ? label(status) : t('conflict.noStatus') })}</p>
      <button type="button" className="btn btn-primary btn-sm" onClick={onReload} disabled={reloading}>
        {reloading ? t('conflict.reloading') : t('conflict.reload')}
      </button>
    </div>
  );
}

/** 201: saved. The new version and status, links to the public page (history) and the strategy, and a way to record another. */
export function UpdateSaved({ action, onAnother }: { action: ActionDetail; onAnother: () => void }) {
  const { t } = useTranslation('actionStatus');
  const label = useStatusLabel();
  const ref = useFocusOn<HTMLDivElement>(action.version);
  return (
    <div ref={ref} className="alert alert-success psm-saved" role="status" tabIndex={-1}>
      <h2 className="h5">{t('success.title')}</h2>
      <p>{t('success.text', { code: action.code, version: action.version, status: action.status ? label(action.status) : t('conflict.noStatus') })}</p>
      <ul className="psm-saved__links">
        <li>
          <Link to={paths.action(action.plan, action.code)}>{t('success.publicPage')}</Link>
        </li>
        <li>
          <Link to={paths.strategy(action.plan, action.strategy.code)}>{t('success.strategy', { code: action.strategy.code })}</Link>
        </li>
        <li>
          <Link to={paths.backOffice.myActions()}>{t('success.back')}</Link>
        </li>
      </ul>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={onAnother}>
        {t('success.another')}
      </button>
    </div>
  );
}
