import { useId } from 'react';

type Props = {
  label: string;
  /** 0-100; null while the total is unknown (the bar then shows activity, not an amount). */
  percent: number | null;
  /** What the numbers mean, shown under the bar and read by screen readers as the value. */
  text: string;
};

/** A determinate Bootstrap Italia progress bar with its label, percentage and a readable value. */
export function ProgressBar({ label, percent, text }: Props) {
  const id = useId();
  const value = percent == null ? null : Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="import-progress">
      <p className="import-progress__label" id={`${id}-label`}>
        {label}
        {value != null && <span className="import-progress__percent">{value}%</span>}
      </p>
      <div className={`progress${value == null ? ' progress-indeterminate' : ''}`}>
        <div
          className="progress-bar"
          role="progressbar"
          aria-labelledby={`${id}-label`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={value ?? undefined}
          aria-valuetext={text}
          style={value == null ? undefined : { width: `${value}%` }}
        />
      </div>
      <p className="import-progress__text">{text}</p>
    </div>
  );
}
