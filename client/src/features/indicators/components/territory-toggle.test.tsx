import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { territoryStyle } from '../utils/territory-style';
import { TerritoryToggle } from './territory-toggle';

const COMUNI = ['Torino', 'Moncalieri', 'Collegno', 'Rivoli', 'Nichelino', 'Settimo Torinese', 'Grugliasco', 'Chieri', 'Pinerolo', 'Venaria Reale'].map((name, i) => ({
  code: `0012${String(i).padStart(2, '0')}`,
  name,
  level: 'comune',
}));
const CM = { code: 'ITC11', name: 'Città metropolitana di Torino', level: 'citta_metropolitana' };

describe('TerritoryToggle', () => {
  it('offers many comuni through a list one types in, accents and case ignored', () => {
    const onChange = vi.fn();
    const offered = [CM, ...COMUNI];
    render(<TerritoryToggle offered={offered} selected={['ITC11']} onChange={onChange} styleOf={(c) => territoryStyle(offered.findIndex((x) => x.code === c))} />);
    const box = screen.getByRole('combobox', { name: 'Aggiungi un comune' });
    fireEvent.change(box, { target: { value: 'pinero' } });
    fireEvent.mouseDown(screen.getByRole('option', { name: 'Pinerolo (001208)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    expect(onChange).toHaveBeenCalledWith(['ITC11', '001208']);
  });
});
