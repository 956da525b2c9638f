import type { MailMessage } from './mailer';
import type { RoundAction } from './round-actions';

export type MailKind = 'apertura' | 'promemoria' | 'reinvio';

export type DigestInput = {
  kind: MailKind;
  /** e.g. "PSM 2024-2026". */
  planLabel: string;
  planCode: string;
  period: string;
  /** YYYY-MM-DD. */
  deadline: string;
  /** Site address without the trailing slash; links are built on it. */
  baseUrl: string;
  to: { email: string; name: string | null };
  actions: RoundAction[];
};

/** dd/mm/yyyy, as Italian readers write a date; the English part uses the ISO date. */
const italianDate = (iso: string) => iso.split('-').reverse().join('/');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The status form of an action in the back office. */
export const statusFormUrl = (baseUrl: string, planCode: string, code: string) =>
  `${baseUrl}/gestione/piani/${encodeURIComponent(planCode)}/azioni/${encodeURIComponent(code)}/stato`;

/** The label of a plan in e-mails: "PSM 2024-2026" from its years, else its title. */
export const planLabel = (p: { title: string; period_start: number | null; period_end: number | null }) =>
  p.period_start && p.period_end ? `PSM ${p.period_start}-${p.period_end}` : p.title;

/**
 * The e-mail a manager gets: the actions still to report for the round, each with its current status
 * and a link to its status form, and the link to all their actions. Italian first, then English; plain
 * text and simple HTML.
 */
export function composeDigest(d: DigestInput): MailMessage {
  const n = d.actions.length;
  const deadlineIt = italianDate(d.deadline);
  const prefixIt = d.kind === 'promemoria' ? 'Promemoria: ' : d.kind === 'reinvio' ? 'Sollecito: ' : '';
  const subject = `${prefixIt}${d.planLabel} – rilevazione ${d.period}: ${n} ${n === 1 ? 'azione' : 'azioni'} da aggiornare entro il ${deadlineIt}`;
  const mine = `${d.baseUrl}/gestione/azioni`;
  const items = d.actions.map((a) => ({
    code: a.code,
    title: a.title,
    statusIt: a.status?.labelIt ?? 'nessun aggiornamento',
    statusEn: a.status?.labelEn ?? 'no update yet',
    url: statusFormUrl(d.baseUrl, d.planCode, a.code),
  }));
  const greetingIt = d.to.name ? `Gentile ${d.to.name},` : 'Gentile responsabile,';
  const greetingEn = d.to.name ? `Dear ${d.to.name},` : 'Dear manager,';
  const introIt =
    d.kind === 'promemoria'
      ? `mancano pochi giorni alla scadenza della rilevazione ${d.period} dello stato di attuazione del ${d.planLabel}. Queste azioni non sono ancora aggiornate; la preghiamo di aggiornarle entro il ${deadlineIt}:`
      : `è aperta la rilevazione ${d.period} dello stato di attuazione del ${d.planLabel}. La preghiamo di aggiornare lo stato di queste azioni entro il ${deadlineIt}:`;
  const introEn =
    d.kind === 'promemoria'
      ? `the ${d.period} reporting round of the ${d.planLabel} closes soon. These actions have not been updated yet; please update them by ${d.deadline}:`
      : `the ${d.period} reporting round of the ${d.planLabel} is open. Please update the status of these actions by ${d.deadline}:`;
  const outroIt = `Tutte le sue azioni: ${mine}`;
  const outroEn = `All your actions: ${mine}`;

  const textList = (en: boolean) => items.map((i) => `- ${i.code} ${i.title}\n  ${en ? 'Current status' : 'Stato attuale'}: ${en ? i.statusEn : i.statusIt}\n  ${i.url}`).join('\n');
  const text = [
    greetingIt,
    introIt,
    '',
    textList(false),
    '',
    outroIt,
    '',
    '-- English --',
    '',
    greetingEn,
    introEn,
    '',
    textList(true),
    '',
    outroEn,
    '',
  ].join('\n');

  const htmlList = (en: boolean) =>
    `<ul>${items
      .map(
        (i) =>
          `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.code)} ${escapeHtml(i.title)}</a><br>${en ? 'Current status' : 'Stato attuale'}: ${escapeHtml(en ? i.statusEn : i.statusIt)}</li>`,
      )
      .join('')}</ul>`;
  const section = (lang: string, greeting: string, intro: string, en: boolean, outroLabel: string) =>
    `<div lang="${lang}"><p>${escapeHtml(greeting)}<br>${escapeHtml(intro)}</p>${htmlList(en)}<p>${escapeHtml(outroLabel)}: <a href="${escapeHtml(mine)}">${escapeHtml(mine)}</a></p></div>`;
  const html = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>${section('it', greetingIt, introIt, false, 'Tutte le sue azioni')}<hr>${section('en', greetingEn, introEn, true, 'All your actions')}</body></html>`;
  return { to: d.to.email, subject, text, html };
}
