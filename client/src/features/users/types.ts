import type { OfficeOut } from '@psm/server/contract';

/** An office a manager can belong to: its code, name, department and whether it is retired. */
export type Office = Pick<OfficeOut, 'code' | 'name' | 'parentName' | 'retiredAt'>;
