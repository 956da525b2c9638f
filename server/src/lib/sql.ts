/** A `%text%` pattern for ILIKE with the user's own % _ \ taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
