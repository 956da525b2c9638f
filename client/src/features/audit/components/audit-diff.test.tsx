import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { renderWithProviders as render } from '../../../test/render';
import { AuditDiff } from './audit-diff';

describe('AuditDiff', () => {
  afterEach(async () => {
    await i18n.changeLanguage('it');
  });
  it('shows each changed field by its label with its old and new value, in words', () => {
    render(<AuditDiff before={{ code: 'UFF', name: 'Vecchio', email: null, parent: 'DIR' }} after={{ code: 'UFF', name: 'Nuovo', email: 'u@ente.it', parent: null }} />);
    expect(screen.queryByText('Codice')).toBeNull();
    expect(screen.getByText('Nome').closest('div')!.textContent).toBe('Nome (cambiato)Prima: Vecchio → Dopo: Nuovo');
    expect(screen.getByText('E-mail').closest('div')!.textContent).toBe('E-mail (aggiunto)Dopo: u@ente.it');
    expect(screen.getByText('Struttura superiore').closest('div')!.textContent).toBe('Struttura superiore (tolto)Prima: DIR');
  });
  it('names nested fields by their label and keeps the code of a field it does not know', () => {
    render(<AuditDiff before={{ dates: { plannedEnd: '2026-06-30' }, extraField: 1 }} after={{ dates: { plannedEnd: '2026-12-31' }, extraField: 2 }} />);
    expect(screen.getByText('Fine prevista').closest('div')!.textContent).toBe('Fine prevista (cambiato)Prima: 2026-06-30 → Dopo: 2026-12-31');
    expect(screen.getByText('extraField').tagName).toBe('CODE');
  });
  it('labels the fields in English', async () => {
    await i18n.changeLanguage('en');
    render(<AuditDiff before={{ office: 'A' }} after={{ office: 'B' }} />);
    expect(screen.getByText('Office').closest('div')!.textContent).toBe('Office (changed)Before: A → After: B');
  });
  it('says when nothing changed', () => {
    render(<AuditDiff before={{ a: 1 }} after={{ a: 1 }} />);
    expect(screen.getByText('Nessun campo cambiato.')).toBeTruthy();
  });
});
