import { z } from 'zod';
import { MAX_INT32, safeText } from './common';

/** A size in pixels the consumer allows (oEmbed `maxwidth`, `maxheight`). */
const pixels = z.coerce
  .number('must be a number')
  .int({ message: 'must be a whole number', abort: true })
  .positive({ message: 'must be positive', abort: true })
  .max(MAX_INT32, 'is too large');

/** The oEmbed request (https://oembed.com, §2.2). */
export const oembedQuery = z.object({
  /** The address of an indicator or strategy page of this site, with the view's parameters. */
  url: safeText().min(1).max(2000).describe('Address of an indicator or strategy page of this site'),
  /** Only json is offered; xml answers 501 as the specification asks. */
  format: z.enum(['json', 'xml']).default('json').describe('json (xml answers 501)'),
  maxwidth: pixels.optional().describe('Largest width the consumer allows, in pixels'),
  maxheight: pixels.optional().describe('Largest height the consumer allows, in pixels'),
});
export type OembedQuery = z.infer<typeof oembedQuery>;

/** A "rich" oEmbed answer: the <iframe> of the page's embeddable version. */
export const oembedResponse = z.object({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  title: z.string(),
  provider_name: z.string(),
  provider_url: z.string(),
  /** The <iframe> to paste, pointing at /embed/… on this site. */
  html: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  /** Seconds a consumer may keep this answer. */
  cache_age: z.number().int(),
});
export type OembedResponse = z.infer<typeof oembedResponse>;
