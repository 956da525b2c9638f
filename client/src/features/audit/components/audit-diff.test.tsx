import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders as render } from '../../../test/render';
import { AuditDiff } from './audit-diff';

describe('AuditDiff', () => {
  it('shows each changed field with its old and new value, in words', () => {
    render(<AuditDiff before={{ code: 'UFF', name: 'Vecchio', email: null, parent: 'DIR' }} after={{ code: 'UFF', name: 'Nuovo', email: 'u@ente.it', parent: null }} />);
    expect(screen.queryByText('code')).toBeNull();
    expect(screen.getByText('name').closest('div')!.textContent).toBe('name (cambiato)Prima: Vecchio → Dopo: Nuovo');
    expect(screen.getByText('email').closest('div')!.textContent).toBe('email (aggiunto)Dopo: u@ente.it');
    expect(screen.getByText('parent').closest('div')!.textContent).toBe('parent (tolto)Prima: DIR');
  });
  it('says when nothing changed', () => {
    render(<AuditDiff before={{ a: 1 }} after={{ a: 1 }} />);
    expect(screen.getByText('Nessun campo cambiato.')).toBeTruthy();
  });
});
