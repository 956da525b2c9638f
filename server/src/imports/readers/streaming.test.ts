import { PassThrough } from 'node:stream';
import { eurostatTsvReader } from './eurostat-tsv';
import { sdmxMlStructureSpecificReader } from './sdmx-ml-structure-specific';
import { tidyCsvReader } from './tidy-csv';
import type { FormatReader } from './types';

/**
 * Streaming check: the first record must come out while the input is still open (after 200 KiB), which
 * shows the readers do not wait for the whole file; memory then depends on the chunk, not the file size.
 */
async function firstRecordBeforeEnd(reader: FormatReader, header: string, line: (i: number) => string): Promise<unknown> {
  const input = new PassThrough();
  input.write(header);
  // More than the 64 KiB head the encoding is chosen on, so records must flow before the end.
  for (let i = 0, written = 0; written < 200 * 1024; i++) {
    const text = line(i);
    input.write(text);
    written += text.length;
  }
  let bytes = 0;
  const iterator = reader.read(input, { fileName: 'big', onProgress: (b) => (bytes = b) })[Symbol.asyncIterator]();
  const first = await iterator.next();
  expect(input.writableEnded).toBe(false);
  expect(bytes).toBeGreaterThan(0);
  await iterator.return?.(undefined);
  input.destroy();
  return first.value;
}

describe('readers stream their input', () => {
  it('tidy CSV', async () => {
    const first = await firstRecordBeforeEnd(tidyCsvReader, 'indicatore;territorio;anno;valore\n', (i) => `IND_${i};001272;2020;${i},5\n`);
    expect(first).toMatchObject({ record: { row: 2, value: '0,5' } });
  });

  it('Eurostat TSV', async () => {
    const first = await firstRecordBeforeEnd(eurostatTsvReader, 'unit,geo\\time\t2020 \n', (i) => `EUR_HAB,IT${i}\t${i} p\n`);
    expect(first).toMatchObject({ record: { row: 2, dimensions: { geo: 'IT0', time: '2020' }, flags: ['p'] } });
  });

  it('SDMX-ML StructureSpecificData', async () => {
    const first = await firstRecordBeforeEnd(
      sdmxMlStructureSpecificReader,
      '<?xml version="1.0"?><m:StructureSpecificData xmlns:m="m"><m:DataSet>',
      (i) => `<Series REF_AREA="IT${i}" DATA_TYPE="X"><Obs TIME_PERIOD="2020" OBS_VALUE="${i}"/></Series>\n`,
    );
    expect(first).toMatchObject({ record: { row: 1, value: 0, dimensions: { REF_AREA: 'IT0' } } });
  });
});
