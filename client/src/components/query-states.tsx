import type { ReactNode } from 'react';
import { ApiError } from '../lib/api-client';
import { strings } from '../lib/strings';

export function LoadingState({ label = strings.states.loading }: { label?: string }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

type ErrorProps = { error: unknown; onRetry?: () => void; title?: string; children?: ReactNode };

/** An error with the problem detail the API sent; a retry only where asking again can help (not a 4xx). */
export function ErrorState({ error, onRetry, title, children }: ErrorProps) {
  const detail = error instanceof ApiError ? error.detail || error.title : error instanceof Error ? error.message : String(error);
  const status = error instanceof ApiError && error.status > 0 ? ` (HTTP ${error.status})` : '';
  const clientError = error instanceof ApiError && error.status >= 400 && error.status < 500;
  const heading = title ?? (error instanceof ApiError && error.status === 404 ? strings.states.notFoundData : strings.states.errorTitle);
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{heading}</h2>
      <p>
        {detail}
        {status}
      </p>
      {children}
      {onRetry && !clientError && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {strings.states.retry}
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
