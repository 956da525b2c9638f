import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { planTreeOf } from '../../../test/fixtures';
import { actionStatusesOf } from '../../../test/fixtures/actions';
import { renderWithProviders } from '../../../test/render';
import type { PlanLevels } from '../hooks/use-plan-levels';
import { planContextOf, planRollupOf } from '../test-fixtures';
import { AxisCard } from './axis-card';

const axis = planTreeOf().axes[0]!;

function levelsOf(extra: Partial<PlanLevels> = {}): PlanLevels {
  return { context: planContextOf(), rollup: planRollupOf(), statuses: actionStatusesOf().items, pending: false, error: null, retry: () => {}, ...extra };
}

function renderCard(levels = levelsOf()) {
  renderWithProviders(<AxisCard plan="psm-2021-2023" axis={axis} levels={levels} />);
  return screen.getByRole('article', { name: axis.title });
}

describe('AxisCard', () => {
  it('writes the context trend in words, each with its own shape, and how many links are demonstrations', () => {
    const card = renderCard();
    const list = within(card).getByRole('list', { name: 'Andamento del contesto – Asse 1' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      ' 2 in miglioramento',
      ' 1 in peggioramento',
      ' 0 stabili',
      ' 0 non valutabili',
    ]);
    expect(list.querySelectorAll('svg[aria-hidden="true"]')).toHaveLength(4);
    expect(within(card).getByText('3 collegati a titolo dimostrativo')).toBeTruthy();
  });

  it('shows the implementation roll-up as a bar with its legend and figures', () => {
    const card = renderCard();
    expect(within(card).getByRole('img').getAttribute('aria-label')).toBe('Stato di attuazione delle azioni – Asse 1 – In corso: 2, Completata: 1');
    expect(within(card).getByText('3 azioni')).toBeTruthy();
    expect(within(card).getByText('avanzamento medio 63%')).toBeTruthy();
    expect(within(card).getByText('1 da aggiornare')).toBeTruthy();
  });

  it('says "not available" for a level that failed, and "loading" while it loads', () => {
    const card = renderCard(levelsOf({ context: undefined, rollup: undefined, error: new Error('x') }));
    expect(within(card).getByText('Andamento del contesto non disponibile.')).toBeTruthy();
    expect(within(card).getByText('Stato di attuazione non disponibile.')).toBeTruthy();
  });

  it('reads in English, with singular and plural forms', async () => {
    await i18n.changeLanguage('en');
    const card = renderCard();
    expect(within(card).getByText('3 context indicators')).toBeTruthy();
    expect(within(card).getByRole('list', { name: 'Context trend – Axis 1' }).textContent).toContain('1 worsening');
    expect(within(card).getByText('mean progress 63%')).toBeTruthy();
    expect(within(card).getByRole('img').getAttribute('aria-label')).toBe('Implementation status of the actions – Axis 1 – In progress: 2, Completed: 1');
  });
});
