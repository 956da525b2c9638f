import type { Readable } from 'node:stream';
import type { ImportFormat, IndicatorSource } from '../../contract/values';

/*
 * The file readers of the indicator import (issue 3). A reader turns one file, read as a stream,
 * into raw records exactly as the file states them; mapping codes to our indicators and
 * territories, normalising periods and applying multipliers happen after, in the pipeline.
 */

/** One value of the file, before mapping. */
export type RawRecord = {
  /** Where it is: 1-based line for text formats, spreadsheets and XML (the line of the <Obs> element); position of the value for JSON-stat. */
  row: number;
  /** Every dimension of the record with its code as in the file (e.g. FREQ=A, REF_AREA=ITC11, unit=EUR_HAB). */
  dimensions: Record<string, string>;
  /** Labels of dimension values when the file carries them (I.Stat "Territorio", JSON-stat category labels). */
  labels?: Record<string, string>;
  /** Which dimension holds the territory, the time and the indicator, when the format says so. */
  territoryDim: string;
  timeDim: string;
  indicatorDim?: string;
  /** The value as written: text for text formats (decimal comma possible), a number or null for JSON/XML/XLSX. */
  value: string | number | null;
  /** Column or attribute name the value was read from, for error messages. */
  valueColumn: string;
  /** Observation status / flag codes as in the file (e.g. 'p', 'e', 'b', or SDMX OBS_STATUS codes). */
  flags: string[];
  /** Power of ten the value is expressed in (SDMX UNIT_MULT), when the file states it. */
  unitMultiplier?: number;
};

/** A problem found while reading, named by row and column. */
export type ReadIssue = { row: number; column?: string; message: string; code?: string; params?: Record<string, unknown> };

export type ReadItem = { record: RawRecord } | { issue: ReadIssue };

export type ReaderOptions = {
  fileName: string;
  /** Total bytes, for progress. */
  size?: number;
  /** Called now and then with the bytes consumed so far. */
  onProgress?: (bytesRead: number) => void;
};

/** Everything the import knows about one format; `F` ties a reader to its id in the registry (./index). */
export type FormatReader<F extends ImportFormat = ImportFormat> = {
  id: F;
  /** Italian/English label shown to analysts. */
  label: string;
  /** The source a batch (and an indicator it creates) is credited to when the analyst does not say. */
  defaultSource: IndicatorSource;
  /** Text read line by line: the file's line count is the progress' row total (null for the others). */
  lineBased: boolean;
  /** True when the first bytes (up to 64 KiB) look like this format. */
  sniff: (head: Buffer, fileName: string) => boolean;
  /** Streams the file's records; never loads a large file whole (XLSX excepted where the format forbids it). */
  read: (input: Readable, options: ReaderOptions) => AsyncIterable<ReadItem>;
};
