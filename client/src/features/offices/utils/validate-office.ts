/** The form's values, as typed. */
export type OfficeDraft = { code: string; name: string; parent: string; email: string };
export const EMPTY_OFFICE: OfficeDraft = { code: '', name: '', parent: '', email: '' };
export const OFFICE_FIELDS = ['code', 'name', 'parent', 'email'] as const;
export type OfficeField = (typeof OFFICE_FIELDS)[number];

/** The same rules as the server's (contract/offices.ts), so most mistakes are caught before sending. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export type OfficeError = 'codeRequired' | 'codeSpaces' | 'codeLong' | 'nameRequired' | 'nameLong' | 'emailInvalid';

/** A message key by field for what is wrong; empty when the draft may be sent. */
export function validateOffice(d: OfficeDraft): Partial<Record<OfficeField, OfficeError>> {
  const out: Partial<Record<OfficeField, OfficeError>> = {};
  const code = d.code.trim();
  if (!code) out.code = 'codeRequired';
  else if (/\s/.test(code)) out.code = 'codeSpaces';
  else if (code.length > 50) out.code = 'codeLong';
  const name = d.name.trim();
  if (!name) out.name = 'nameRequired';
  else if (name.length > 300) out.name = 'nameLong';
  const email = d.email.trim();
  if (email && (!EMAIL.test(email) || email.length > 320)) out.email = 'emailInvalid';
  return out;
}
