// The one euro format of the site lives in lib/format.
export { formatEuro } from '../../../lib/format';
