import type { ImportProgress } from '../imports/pipeline/run-import';

const PHASES: Record<ImportProgress['phase'], string> = {
  reading: 'lettura / reading',
  checking: 'verifica / checking',
  writing: 'scrittura / writing',
  done: 'fatto / done',
};

const fmt = new Intl.NumberFormat('it-IT');
const fmtMb = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const mb = (b: number) => `${fmtMb.format(b / 1e6)} MB`;

/** One line of the import's progress: bar by bytes read, rows done of the file's lines, phase. */
export function progressLine(p: ImportProgress, width = 30): string {
  const ratio = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0;
  const filled = Math.round(ratio * width);
  const rows = p.rowsTotal !== null ? `${fmt.format(p.rowsDone)} / ${fmt.format(p.rowsTotal)} righe` : `${fmt.format(p.rowsDone)} righe`;
  return `${PHASES[p.phase].padEnd(19)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%  ${rows}  ${mb(p.bytesDone)} / ${mb(p.bytesTotal)}`;
}

/**
 * A progress bar on a terminal (redrawn at most every 100 ms, on one line); silent when the output is
 * a file or a pipe, so logs and `--json` output stay clean.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update: (p: ImportProgress) => void; done: () => void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < 100 && p.phase === 'reading') return;
      last = now;
      shown = true;
      const columns = stream.columns ?? 120;
      // The bar shrinks on narrow terminals so the counts and the phase stay visible.
      stream.write(`\r${progressLine(p, Math.max(10, Math.min(30, columns - 90))).slice(0, columns - 1)}\x1b[K`);
    },
    done: () => {
      if (shown) stream.write('\n');
    },
  };
}
