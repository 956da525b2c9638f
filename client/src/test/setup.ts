import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18n } from '../i18n/i18n';

// jsdom has no layout: give Recharts' ResponsiveContainer an observer that never fires.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// Tests read Italian unless they switch language themselves.
beforeEach(async () => {
  if (i18n.language !== 'it') await i18n.changeLanguage('it');
});

afterEach(() => {
  cleanup();
});
