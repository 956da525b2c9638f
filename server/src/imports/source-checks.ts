import type { Knex } from 'knex';
import type { ImportRecipeRow } from '../db/rows';
import { isDatabaseUnavailable } from '../db/unavailable';
import { checkRecipe, nextCheckAt, type SourceOptions } from './source-check';

export type SourceChecksOptions = SourceOptions & {
  log: (msg: string, err?: unknown) => void;
  /** How often to look for due checks (default 10 min). */
  pollMs?: number;
};

/**
 * The scheduled check of the sources (SOURCE_CHECK_DAYS; 0: off). Every API process polls; a due recipe
 * is claimed by moving its `next_check_at` forward in one statement with `for update skip locked`, so it
 * is checked once however many processes poll. A process that dies mid-check leaves it for the next
 * interval: a check is cheap to skip and never changes data.
 */
export class SourceChecks {
  private running: Promise<number> | null = null;
  private stopping = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Knex,
    private readonly opts: SourceChecksOptions,
  ) {}

  get enabled(): boolean {
    return this.opts.checkDays > 0;
  }

  /** Checks what is due, then keeps polling (nothing when scheduled checks are off). */
  start(): void {
    if (!this.enabled) return;
    const tick = () => {
      this.kick();
      this.timer = setTimeout(() => {
        if (!this.stopping) tick();
      }, this.opts.pollMs ?? 600_000);
      this.timer.unref();
    };
    tick();
  }

  kick(): void {
    if (this.stopping || this.running) return;
    this.running = this.runDue()
      .catch((err: unknown) => {
        if (!isDatabaseUnavailable(err)) this.opts.log('source checks: could not run the due checks', err);
        return 0;
      })
      .finally(() => {
        this.running = null;
      });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await this.running;
  }

  /** Checks every recipe due now, one after the other; how many this process checked. */
  async runDue(): Promise<number> {
    let done = 0;
    while (!this.stopping && this.enabled) {
      const recipe = await this.claim();
      if (!recipe) return done;
      try {
        await checkRecipe(this.db, recipe, this.opts);
      } catch (err) {
        this.opts.log(`source check of recipe ${recipe.id} failed`, err);
      }
      done++;
    }
    return done;
  }

  /** One due recipe, its next check moved forward so that no other process takes it. */
  async claim(): Promise<ImportRecipeRow | null> {
    const now = this.opts.clock();
    const { rows } = (await this.db.raw(
      `update import_recipes r set next_check_at = ?
       where r.id = (select id from import_recipes where next_check_at <= ? order by next_check_at, id limit 1 for update skip locked)
       returning r.*`,
      [nextCheckAt(now, this.opts.checkDays), now],
    )) as { rows: ImportRecipeRow[] };
    return rows[0] ?? null;
  }
}
