import type { Knex } from 'knex';
import * as initialSchema from './202611241800_initial_schema';
import * as importJobs from './202611250900_import_jobs';
import * as accounts from './202611251000_accounts';
import * as actionStatusDefaults from './202611251100_action_status_defaults';
import * as actionAssignment from './202611251200_action_assignment';
import * as planningTools from './202611251300_planning_tools';
import * as targetRules from './202611251400_target_rules';
import * as urlChecks from './202612020100_url_checks';
import * as sharedJobs from './202612020200_shared_jobs';
import * as officeAdmin from './202612021000_office_admin';
import * as reports from './202612021200_reports';
import * as reportingRounds from './202612021300_reporting_rounds';
import * as indicatorDrafts from './202612030100_indicator_drafts';
import * as observationNotes from './202612030200_observation_notes';
import * as indicatorRelease from './202612030400_indicator_release';
import * as sourceAddresses from './202612030300_source_addresses';

/**
 * Migrations are listed here, in order, so they run the same under tsx, jest and a bundle,
 * without knex scanning a folder. Add a new file as `YYYYMMDDHHMM_what.ts` and list it.
 */
const migrations: Record<string, Knex.Migration> = {
  '202611241800_initial_schema': initialSchema,
  '202611250900_import_jobs': importJobs,
  '202611251000_accounts': accounts,
  '202611251100_action_status_defaults': actionStatusDefaults,
  '202611251200_action_assignment': actionAssignment,
  '202611251300_planning_tools': planningTools,
  '202611251400_target_rules': targetRules,
  '202612020100_url_checks': urlChecks,
  '202612020200_shared_jobs': sharedJobs,
  '202612021000_office_admin': officeAdmin,
  '202612021200_reports': reports,
  '202612021300_reporting_rounds': reportingRounds,
  '202612030100_indicator_drafts': indicatorDrafts,
  '202612030200_observation_notes': observationNotes,
  '202612030300_source_addresses': sourceAddresses,
  '202612030400_indicator_release': indicatorRelease,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const migration = migrations[name];
    if (!migration) throw new Error(`Unknown migration ${name}`);
    return migration;
  },
};
