import type { Polarity } from '../contract/values';
import { type FigureLang, numberText, periodText, withUnit } from '../figures/locale';

type Pt = { period: string; value: number };
export type SentenceInput = {
  name: string;
  unit: string | null;
  decimals: number | null;
  polarity: Polarity;
  focus: { name: string; points: Pt[] } | null;
  /** Comparison territories (region, country), each with its series. */
  others: { name: string; points: Pt[] }[];
  target: { period: string; value: number } | null;
};

const clean = (n: number) => Math.round(n * 1e9) / 1e9;

/** A value with its unit; a change of a percentage is in percentage points. */
function amount(lang: FigureLang, v: number, unit: string | null, decimals: number | null, change = false): string {
  const n = numberText(lang, v, decimals);
  if (change && unit?.startsWith('%')) return `${n} ${lang === 'en' ? 'percentage points' : 'punti percentuali'}`;
  return withUnit(n, unit);
}

/**
 * The sentences proposed for an indicator, from the data as published at the report's date:
 * latest value and period, change from the previous value, comparison with the wider territories
 * in the same period, a judgement by polarity, and the distance from the target when one exists.
 * The author edits them; they are also the figure's alternative text.
 */
export function indicatorSentences(lang: FigureLang, s: SentenceInput): string {
  const it = lang === 'it';
  const v = (x: number, change = false) => amount(lang, x, s.unit, s.decimals, change);
  const p = (x: string) => periodText(lang, x);
  const latest = s.focus?.points.at(-1);
  if (!s.focus || !latest) {
    return it ? `${s.name}: nessun valore pubblicato per il territorio del piano alla data del rapporto.` : `${s.name}: no value published for the plan's territory at the report's date.`;
  }
  const out: string[] = [
    it ? `${s.name}: nel ${p(latest.period)} il valore per ${s.focus.name} è ${v(latest.value)}.` : `${s.name}: in ${p(latest.period)} the value for ${s.focus.name} is ${v(latest.value)}.`,
  ];
  const previous = s.focus.points.at(-2);
  if (previous) {
    const diff = clean(latest.value - previous.value);
    if (diff === 0) {
      out.push(it ? `È invariato rispetto al ${p(previous.period)}.` : `It is unchanged from ${p(previous.period)}.`);
    } else {
      const up = diff > 0;
      out.push(
        it
          ? `Rispetto al ${p(previous.period)} (${v(previous.value)}) è ${up ? 'aumentato' : 'diminuito'} di ${v(Math.abs(diff), true)}.`
          : `Compared with ${p(previous.period)} (${v(previous.value)}) it ${up ? 'rose' : 'fell'} by ${v(Math.abs(diff), true)}.`,
      );
      if (s.polarity !== 'neutral') {
        const better = up === (s.polarity === 'higher_better');
        const rule = s.polarity === 'higher_better' ? (it ? 'valori più alti sono migliori' : 'higher values are better') : it ? 'valori più bassi sono migliori' : 'lower values are better';
        out.push(it ? `È un ${better ? 'miglioramento' : 'peggioramento'}: per questo indicatore ${rule}.` : `This is ${better ? 'an improvement' : 'a worsening'}: for this indicator ${rule}.`);
      }
    }
  }
  const same = s.others.map((o) => ({ name: o.name, point: o.points.find((x) => x.period === latest.period) })).filter((o) => o.point);
  if (same.length) {
    const list = same.map((o) => (it ? `${v(o.point!.value)} in ${o.name}` : `${v(o.point!.value)} in ${o.name}`));
    const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} ${it ? 'e' : 'and'} ${list.at(-1)}` : list[0]!;
    out.push(it ? `Nello stesso periodo il valore è ${joined}.` : `In the same period the value is ${joined}.`);
  }
  if (s.target) {
    const gap = clean(s.target.value - latest.value);
    const reached = s.polarity === 'lower_better' ? latest.value <= s.target.value : s.polarity === 'higher_better' ? latest.value >= s.target.value : gap === 0;
    out.push(
      reached
        ? it
          ? `L'obiettivo per il ${p(s.target.period)} (${v(s.target.value)}) è già raggiunto.`
          : `The target for ${p(s.target.period)} (${v(s.target.value)}) is already reached.`
        : it
          ? `L'obiettivo per il ${p(s.target.period)} è ${v(s.target.value)}: la distanza è di ${v(Math.abs(gap), true)}.`
          : `The target for ${p(s.target.period)} is ${v(s.target.value)}: the distance is ${v(Math.abs(gap), true)}.`,
    );
  }
  return out.join(' ');
}
