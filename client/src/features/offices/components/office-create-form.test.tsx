import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OfficeOut } from '@psm/server/contract';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderRoutes } from '../../../test/render';
import { OfficeCreateForm } from './office-create-form';

const office = (code: string, name: string, retiredAt: string | null = null): OfficeOut => ({
  id: code.length,
  code,
  name,
  parent: null,
  parentName: null,
  email: null,
  retiredAt,
  users: 0,
  actions: 0,
  version: 1,
});
const offices = [office('DIR-SVI', 'Direzione sviluppo'), office('DIR-OLD', 'Direzione soppressa', '2026-01-01T00:00:00.000Z')];

const fill = (v: { code?: string; name?: string; parent?: string; email?: string }) => {
  if (v.code !== undefined) fireEvent.change(screen.getByLabelText(/^Codice/), { target: { value: v.code } });
  if (v.name !== undefined) fireEvent.change(screen.getByLabelText(/^Nome/), { target: { value: v.name } });
  if (v.parent !== undefined) fireEvent.change(screen.getByLabelText(/^Direzione di appartenenza/), { target: { value: v.parent } });
  if (v.email !== undefined) fireEvent.change(screen.getByLabelText(/^E-mail/), { target: { value: v.email } });
};
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Crea l’ufficio' }));
const render = () => renderRoutes([{ path: '*', element: <OfficeCreateForm offices={offices} /> }], { route: '/gestione/uffici', session: sessionOf('admin') });

describe('OfficeCreateForm', () => {
  it('names every field at fault before sending', async () => {
    const calls = fakeApi({});
    render();
    fill({ code: 'UFF SVI', email: 'non-una-mail' });
    submit();
    expect((await screen.findByRole('alert')).textContent).toContain('Il modulo contiene 3 errori');
    expect(screen.getByText('Il codice non può contenere spazi.')).toBeTruthy();
    expect(screen.getByText('Indica il nome.')).toBeTruthy();
    expect(screen.getByLabelText(/^E-mail/).getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
  });

  it('offers the active offices as departments, sends the office, and shows a taken code on its field', async () => {
    const calls = fakeApi({
      'POST /api/offices': (_c, n) =>
        n === 0
          ? { status: 409, body: { type: '/api/docs#problem-conflict', status: 409, errors: [{ name: 'code', message: 'an office with code "UFF-SVI" already exists' }] } }
          : { status: 201, body: { ...office('UFF-SVI', 'Sviluppo'), parent: 'DIR-SVI' } },
    });
    render();
    const options = [...(screen.getByLabelText(/^Direzione di appartenenza/) as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(['— Nessuna —', 'Direzione sviluppo (DIR-SVI)']);
    fill({ code: ' UFF-SVI ', name: 'Sviluppo', parent: 'DIR-SVI', email: 'svi@ente.it' });
    submit();
    await waitFor(() => expect(screen.getByLabelText(/^Codice/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('an office with code "UFF-SVI" already exists', { exact: false }).length).toBeGreaterThan(0);
    expect(calls[0]).toMatchObject({ method: 'POST', body: { code: 'UFF-SVI', name: 'Sviluppo', parent: 'DIR-SVI', email: 'svi@ente.it' } });
    submit();
    expect((await screen.findByRole('status')).textContent).toBe('Ufficio UFF-SVI creato.');
  });
});
