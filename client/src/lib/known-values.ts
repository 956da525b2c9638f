import { FREQUENCIES, FUNDING_SOURCES, INDICATOR_SOURCES, type Frequency, type FundingSource, type IndicatorSource } from '@psm/server/contract/values';

/**
 * Some codes reach the client as free text (an indicator's source and frequency, a funding's source
 * type): they are named in words only when they belong to the contract's list, and shown as they
 * are otherwise. The lists come from @psm/server/contract/values, the zod-free half of the contract.
 */
const memberOf =
  <T extends string>(list: readonly T[]) =>
  (code: string): code is T =>
    (list as readonly string[]).includes(code);

export const isIndicatorSource: (code: string) => code is IndicatorSource = memberOf(INDICATOR_SOURCES);
export const isFrequency: (code: string) => code is Frequency = memberOf(FREQUENCIES);
export const isFundingSource: (code: string) => code is FundingSource = memberOf(FUNDING_SOURCES);
