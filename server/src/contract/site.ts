import { z } from 'zod';

/** What every page's footer says about the software itself. */
export const siteInfo = z.object({
  /** The code repository's address (SOURCE_CODE_URL); null when the body has not configured it. */
  sourceCodeUrl: z.string().nullable(),
  /** The software's licence: its name and the official text. */
  softwareLicence: z.object({ name: z.string(), url: z.string() }),
});
export type SiteInfo = z.infer<typeof siteInfo>;
