import { decodeText } from '../../lib/text-file';

/** The head of the file as text (BOM removed, UTF-8 or Latin-1), for sniffing only. */
export function headText(head: Buffer): string {
  return decodeText(head).text;
}

/** The first line of the head, without the line break. */
export function firstLine(head: Buffer): string {
  return headText(head).split(/\r?\n/, 1)[0] ?? '';
}

/** True when the head starts (after BOM, whitespace and an optional XML declaration/comments) with `<`. */
export function looksLikeXml(head: Buffer): boolean {
  return /^\s*</.test(headText(head));
}

/** Local name of the XML root element (namespace prefix dropped), or null when none is in the head. */
export function xmlRootName(head: Buffer): string | null {
  const text = headText(head).replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const m = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text);
  return m ? m[2]! : null;
}
