import { useState, type FormEvent } from 'react';
import { issuesByField, problemIssues, type FieldMessages } from '../../lib/problem';
import type { SummaryItem } from './error-summary';

export type FormOptions<V extends object, F extends string> = {
  /** Prefix of the controls' ids: field `evidence.url` of form `upd` is `upd-evidence-url`. */
  id: string;
  /**
   * The fields as the server names them in a problem's `errors[]`, in the order the summary lists them;
   * a function of the values when they are rows of a list (`items.0`, `items.1`…).
   */
  fields: readonly F[] | ((values: V) => readonly F[]);
  /** The values to start from (also what `dirty` compares with). */
  initial: V | (() => V);
  /** The client's own checks: a message by field; none when the values may be sent. */
  validate?: (values: V) => FieldMessages<F>;
  /**
   * After the first submit, check again as the user types, and drop a field's server error once the
   * field changes. Otherwise the errors found at a submit stay until the next one.
   */
  live?: boolean;
  /** How the server's message on a field reads (default: as sent). */
  serverMessage?: (message: string) => string;
  /** For a form without an error summary: a failed check moves the focus to the first field at fault. */
  focusFirstError?: boolean;
};

/**
 * The state of a form: its values, whether they changed, the field errors from the client's checks and
 * from the server's problem+json `errors[]`, the submitting state, and `attempt`, which bumps on every
 * submit so the error summary (and WriteError) take the focus again. A form is then mostly its fields:
 *
 *   const form = useForm({ id: 'tg', fields: ['period', 'value'], initial: EMPTY, validate, live: true });
 *   <form onSubmit={form.handleSubmit(async (v) => { await create.mutateAsync(bodyOf(v)); form.reset(EMPTY); })} noValidate>
 *     <ErrorSummary items={form.summary(label)} other={form.other} attempt={form.attempt} />
 *     <WriteError error={form.failure} attempt={form.attempt} />
 *     <FormField {...form.field('period')} label={label('period')}>{(p) => <input {...p} value={form.values.period} … />}</FormField>
 *
 * `send` handles the answers it expects (a 409, a result to show) and throws the rest: a problem naming
 * fields is shown at those fields (the rest of its issues in `other`); any other error is the `failure`.
 */
export function useForm<V extends object, F extends string>(options: FormOptions<V, F>) {
  const { id, validate, live = false, serverMessage = (m: string) => m, focusFirstError = false } = options;
  const [base, setBase] = useState<V>(options.initial);
  const [values, setValues] = useState<V>(base);
  // Fields changed since the last submit (live forms hide their server errors).
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [checked, setChecked] = useState<FieldMessages<F>>({});
  const [server, setServer] = useState<FieldMessages<F>>({});
  const [other, setOther] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  const fields = typeof options.fields === 'function' ? options.fields(values) : options.fields;
  const client: FieldMessages<F> = live ? (submitted && validate ? validate(values) : {}) : checked;
  const errors: FieldMessages<F> = {};
  const refused: FieldMessages<F> = {};
  for (const f of fields) {
    const fromServer = live && touched.has(f) ? undefined : server[f];
    const message = client[f] ?? fromServer;
    if (message) errors[f] = message;
    if (!client[f] && fromServer) refused[f] = fromServer;
  }
  const idOf = (f: F) => `${id}-${f.replace(/\./g, '-')}`;

  const clearErrors = () => {
    setServer({});
    setOther([]);
    setError(null);
    setFailure(null);
  };

  /** Runs the checks, then `send`; see above for what becomes of what it throws. */
  const handleSubmit = (send: (values: V) => Promise<void> | void) => (event?: FormEvent) => {
    event?.preventDefault();
    setAttempt((n) => n + 1);
    setSubmitted(true);
    setTouched(new Set());
    clearErrors();
    const found: FieldMessages<F> = validate?.(values) ?? {};
    setChecked(found);
    const first = fields.find((f) => found[f]);
    if (first) {
      if (focusFirstError) document.getElementById(idOf(first))?.focus();
      return;
    }
    setSubmitting(true);
    void (async () => {
      try {
        await send(values);
      } catch (err) {
        setError(err);
        const issues = problemIssues(err);
        if (!issues.length) return setFailure(err);
        const byField = issuesByField(issues, fields);
        const messages = Object.fromEntries(Object.entries(byField.fields).map(([f, m]) => [f, serverMessage(m as string)]));
        setServer((s) => ({ ...s, ...messages }));
        setOther((o) => [...o, ...byField.other]);
      } finally {
        setSubmitting(false);
      }
    })();
  };

  return {
    values,
    /** Changes some values; a live form forgets the server's errors on those fields. */
    set: (patch: Partial<V>) => {
      setValues((v) => ({ ...v, ...patch }));
      setTouched((t) => new Set([...t, ...Object.keys(patch)]));
    },
    /** Starts again from `next` (default: the starting values), which becomes what `dirty` compares with; errors cleared. */
    reset: (next: V = base) => {
      setBase(next);
      setValues(next);
      setSubmitted(false);
      setChecked({});
      setTouched(new Set());
      clearErrors();
    },
    base,
    /** Some value differs from the starting values (compared one by one, as they are). */
    dirty: (Object.keys(values) as (keyof V)[]).some((k) => values[k] !== base[k]),
    errors,
    /** Those of `errors` that come from the server (a form may list them apart). */
    refused,
    /** The server's issues that name no field of the form, as `name: message`. */
    other,
    /** What the last submit threw (null after a success). */
    error,
    /** The same when it named no field: for WriteError, or the summary through problemText. */
    failure,
    attempt,
    submitting,
    idOf,
    /** The id and error of a field, for FormField. */
    field: (f: F) => ({ id: idOf(f), error: errors[f] }),
    /** The summary's items, in the fields' order, each a link to its field. */
    summary: (label: (f: F) => string): SummaryItem[] =>
      fields.flatMap((f) => {
        const message = errors[f];
        return message ? [{ id: idOf(f), label: label(f), message }] : [];
      }),
    /** Errors the page found in an answer itself (e.g. a 409 on one field), shown until the next submit. */
    setServerErrors: (messages: FieldMessages<F>, more: string[] = []) => {
      setServer((s) => ({ ...s, ...messages }));
      setOther((o) => [...o, ...more]);
    },
    clearErrors,
    handleSubmit,
  };
}

export type Form<V extends object, F extends string> = ReturnType<typeof useForm<V, F>>;
