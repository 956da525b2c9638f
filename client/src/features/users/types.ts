/** An office a manager can belong to, as the plans' roll-ups list them (there is no offices endpoint). */
export type Office = { code: string; name: string };
