import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportBlock, ReportDocument } from '@psm/server/contract';
import { formatDate } from '../../../lib/format';
import '../i18n';
import { RevisionNotice } from './revision-notice';

type Run = Extract<ReportBlock, { kind: 'paragraph' }>['runs'][number];

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node: ReactNode = r.text;
        if (r.em) node = <em>{node}</em>;
        if (r.strong) node = <strong>{node}</strong>;
        if (r.href) node = <a href={r.href}>{node}</a>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function Source({ lines }: { lines: string[] }) {
  return lines.length ? (
    <div className="psm-report-source small">
      {lines.map((l) => (
        <p key={l} className="mb-0">
          {l}
        </p>
      ))}
    </div>
  ) : null;
}

type HeadingTag = 'h3' | 'h4' | 'h5' | 'h6';

/**
 * The tag of each block's heading: the report's headings sit below the preview's h2, its highest level as
 * h3, and never more than one level below the heading before (screen readers navigate by level).
 */
function headingTags(blocks: readonly ReportBlock[]): HeadingTag[] {
  const levels = blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
  const top = levels.length ? Math.min(...levels) : 1;
  let previous = 2;
  return blocks.map((b) => {
    if (b.kind !== 'heading') return 'h3';
    const n = Math.min(6, previous + 1, 3 + b.level - top);
    previous = n;
    return `h${n}` as HeadingTag;
  });
}

function Block({ block, heading }: { block: ReportBlock; heading: HeadingTag }) {
  const { t } = useTranslation('reports');
  switch (block.kind) {
    case 'heading': {
      const Tag = heading;
      return <Tag>{block.text}</Tag>;
    }
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Runs runs={item} />
            </li>
          ))}
        </ul>
      );
    case 'figure':
      return (
        <figure className="psm-report-figure">
          <img src={block.src} alt={block.alt} width={block.width} height={block.height} loading="lazy" />
          <figcaption>
            <span className="psm-report-caption">{t('preview.figure', { n: block.number, caption: block.caption })}</span>
            <Source lines={block.source} />
          </figcaption>
        </figure>
      );
    case 'table':
      return (
        <div className="psm-report-table">
          <div className="table-responsive">
            <table className="table table-sm">
              <caption>{t('preview.table', { n: block.number, caption: block.caption })}</caption>
              <thead>
                <tr>
                  {block.header.map((h, i) => (
                    <th key={i} scope="col" className={block.numeric.includes(i) ? 'text-end' : undefined}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, i) => (
                      <td key={i} className={block.numeric.includes(i) ? 'text-end' : undefined}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Source lines={block.source} />
        </div>
      );
  }
}

/** The report as its exports show it: headings, paragraphs, lists, numbered figures and tables with their sources; revised values first. */
export function ReportPreview({ document }: { document: ReportDocument }) {
  const { t } = useTranslation('reports');
  const tags = headingTags(document.blocks);
  return (
    <div className="psm-report-preview" lang={document.report.lang}>
      <p className="small text-muted">{t('preview.asOf', { date: formatDate(document.report.referenceDate) })}</p>
      <RevisionNotice revisions={document.revisions} />
      {document.blocks.length ? document.blocks.map((b, i) => <Block key={i} block={b} heading={tags[i]!} />) : <p>{t('preview.empty')}</p>}
    </div>
  );
}
