import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FormField } from './form-field';
import { SearchSelect } from './search-select';

const OFFICES = [
  { value: 'UFF-MOB', label: 'Mobilità sostenibile (UFF-MOB)' },
  { value: 'UFF-SVI', label: 'Sviluppo economico (UFF-SVI)' },
  { value: 'UFF-AMB', label: 'Tutela ambientale (UFF-AMB)' },
];

function Harness({ start = '' }: { start?: string }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <FormField id="office" label="Ufficio">
        {(p) => <SearchSelect {...p} options={OFFICES} value={value} onChange={setValue} />}
      </FormField>
      <output>chosen:{value}</output>
    </>
  );
}

describe('SearchSelect', () => {
  it('filters by code or name (accents ignored) and chooses with the keyboard', () => {
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Ufficio' });
    fireEvent.change(box, { target: { value: 'mobilita' } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Mobilità sostenibile (UFF-MOB)']);
    fireEvent.change(box, { target: { value: 'uff-' } });
    expect(screen.getAllByRole('option')).toHaveLength(3);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByText('chosen:UFF-SVI')).toBeTruthy();
    expect((box as HTMLInputElement).value).toBe('Sviluppo economico (UFF-SVI)');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('says when nothing matches, puts the choice back on Escape, and chooses none when emptied', () => {
    render(<Harness start="UFF-AMB" />);
    const box = screen.getByRole('combobox', { name: 'Ufficio' }) as HTMLInputElement;
    expect(box.value).toBe('Tutela ambientale (UFF-AMB)');
    fireEvent.change(box, { target: { value: 'zzz' } });
    expect(screen.getByText('Nessuna scelta corrisponde al testo')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('Tutela ambientale (UFF-AMB)');
    fireEvent.change(box, { target: { value: '' } });
    fireEvent.blur(box);
    expect(screen.getByText('chosen:')).toBeTruthy();
  });
});
