import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fake-api';
import { renderWithProviders } from '../test/render';
import { SiteFooter } from './site-footer';

const LICENCE = { name: 'EUPL 1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' };

describe('SiteFooter', () => {
  it('links the code repository the body configured, with the software licence beside it', async () => {
    fakeApi({ '/api/site': { body: { sourceCodeUrl: 'https://github.com/ente/psm-monitor', softwareLicence: LICENCE } } });
    renderWithProviders(<SiteFooter />);
    expect((await screen.findByRole('link', { name: 'Codice sorgente' })).getAttribute('href')).toBe('https://github.com/ente/psm-monitor');
    expect(screen.getByRole('link', { name: 'Licenza del software: EUPL 1.2' }).getAttribute('href')).toBe(LICENCE.url);
  });

  it('makes up no repository link when none is configured', async () => {
    const calls = fakeApi({ '/api/site': { body: { sourceCodeUrl: null, softwareLicence: LICENCE } } });
    renderWithProviders(<SiteFooter />);
    await screen.findByRole('link', { name: 'Licenza del software: EUPL 1.2' });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.some((c) => c.url.endsWith('/api/site'))).toBe(true);
    expect(screen.queryByRole('link', { name: 'Codice sorgente' })).toBeNull();
  });
});
