/** Observation flags as stored: what a source's status codes mean for our users. */
export type ObservationFlags = { provisional: boolean; estimated: boolean; breakInSeries: boolean; sourceFlag: string | null };

/**
 * Eurostat writes flags as letters after the value (`p` provisional, `e` estimated, `b` break in series,
 * combinable: `bep`); SDMX OBS_STATUS uses capitals (`P`, `E`, `B`, also `F` forecast, `I` imputed, read as
 * estimated); ISTAT I.Stat uses the same letters. Every other code is kept as written in `sourceFlag`.
 */
export function mapFlags(codes: string[]): ObservationFlags {
  const all = codes.map((c) => c.trim()).filter(Boolean);
  if (all.length === 0) return { provisional: false, estimated: false, breakInSeries: false, sourceFlag: null };
  const letters = all.join('').toLowerCase();
  return {
    provisional: letters.includes('p'),
    estimated: /[efi]/.test(letters),
    breakInSeries: letters.includes('b'),
    sourceFlag: all.join(' '),
  };
}
