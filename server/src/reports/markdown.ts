/**
 * The Markdown subset of a report's text sections: paragraphs (separated by a blank line), lists
 * (lines starting with "- " or "* "), **strong**, *emphasis* (or _emphasis_) and [links](https://…).
 * Anything else is plain text: nothing is interpreted as HTML.
 */
export type Run = { text: string; strong?: boolean; em?: boolean; href?: string };
export type TextBlock = { kind: 'paragraph'; runs: Run[] } | { kind: 'list'; items: Run[][] };

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

/** The runs of one line of text. */
export function inlineRuns(s: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of s.matchAll(INLINE)) {
    if (m.index > last) runs.push({ text: s.slice(last, m.index) });
    if (m[1] !== undefined) runs.push({ text: m[1], strong: true });
    else if (m[2] !== undefined) runs.push({ text: m[2], em: true });
    else if (m[3] !== undefined) runs.push({ text: m[3], em: true });
    else runs.push({ text: m[4]!, href: m[5]! });
    last = m.index + m[0].length;
  }
  if (last < s.length) runs.push({ text: s.slice(last) });
  return runs;
}

export function parseMarkdown(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    if (lines.every((l) => /^[-*] /.test(l))) {
      blocks.push({ kind: 'list', items: lines.map((l) => inlineRuns(l.slice(2).trim())) });
    } else {
      blocks.push({ kind: 'paragraph', runs: inlineRuns(lines.join(' ')) });
    }
  }
  return blocks;
}
