/**
 * The columns a left join brings: all of them when a row matched, all null when none did. A mapper
 * that tests one (`r.office_code ? { code: r.office_code, name: r.office_name } : null`) then
 * knows the others are there, without a cast.
 */
export type LeftJoined<T> = T | { [K in keyof T]: null };
