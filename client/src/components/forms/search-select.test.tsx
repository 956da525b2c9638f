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

  it('says how many choices the text leaves, and shows a long list a page at a time', () => {
    const many = Array.from({ length: 330 }, (_, i) => ({ value: `T${i}`, label: `Territorio ${i} (T${i})` }));
    function Long() {
      const [value, setValue] = useState('');
      return <FormField id="terr" label="Territorio">{(p) => <SearchSelect {...p} options={many} value={value} onChange={setValue} />}</FormField>;
    }
    render(<Long />);
    const box = screen.getByRole('combobox', { name: 'Territorio' });
    fireEvent.change(box, { target: { value: 'territorio 1' } });
    // 1, 10-19, 100-199: 111 match; 50 are listed, and the list says to type more.
    const count = document.getElementById('terr-count')!;
    expect(count.getAttribute('aria-live')).toBe('polite');
    expect(count.textContent).toBe('111 scelte corrispondono al testo');
    expect(screen.getAllByRole('option').filter((o) => o.getAttribute('aria-disabled') !== 'true')).toHaveLength(50);
    expect(screen.getByText('Sono mostrate le prime 50: scrivi di più per restringere.')).toBeTruthy();
    fireEvent.change(box, { target: { value: 'T329)' } });
    expect(count.textContent).toBe('1 scelta corrisponde al testo');
  });
});
