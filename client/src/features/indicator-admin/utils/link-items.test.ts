import { describe, expect, it } from 'vitest';
import { bodyOf, move } from './link-items';

describe('link items', () => {
  it('moves an item up or down, never past the ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('sends empty rationales as null, in the list order', () => {
    expect(bodyOf([{ indicator: 'A', name: 'a', demonstration: true, rationale: '  ' }, { indicator: 'B', name: 'b', demonstration: false, rationale: ' why ' }])).toEqual({
      items: [
        { indicator: 'A', demonstration: true, rationale: null },
        { indicator: 'B', demonstration: false, rationale: 'why' },
      ],
    });
  });
});
