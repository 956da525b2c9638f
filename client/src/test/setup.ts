import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout: give Recharts' ResponsiveContainer an observer that never fires.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

afterEach(() => {
  cleanup();
});
