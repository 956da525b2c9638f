import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('states.loading')}</span>
    </div>
  );
}

type ErrorProps = { error: unknown; onRetry?: () => void; title?: string; children?: ReactNode };

/** An error with the problem detail the API sent; a retry only where asking again can help (not a 4xx). */
export function ErrorState({ error, onRetry, title, children }: ErrorProps) {
  const { t } = useTranslation();
  const unreachable = error instanceof ApiError && error.status === 0;
  const detail = unreachable
    ? t('states.unreachable')
    : error instanceof ApiError
      ? error.detail || error.title
      : error instanceof Error
        ? error.message
        : String(error);
  const status = error instanceof ApiError && error.status > 0 ? ` (HTTP ${error.status})` : '';
  const clientError = error instanceof ApiError && error.status >= 400 && error.status < 500;
  const heading =
    title ??
    (unreachable
      ? t('states.unreachableTitle')
      : error instanceof ApiError && error.status === 404
        ? t('states.notFoundData')
        : t('states.errorTitle'));
  return (
    <div className="state state--error alert alert-danger" role="alert">
      <h2 className="state__title h4">{heading}</h2>
      <p>
        {detail}
        {status}
      </p>
      {children}
      {onRetry && !clientError && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onRetry}>
          {t('states.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}
