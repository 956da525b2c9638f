import 'i18next';
import type { commonIt } from './common';

// Each feature adds its namespace to ResourceNamespaceMap in its own i18n.ts, so `t` keys are checked.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
  }
  interface ResourceNamespaceMap {
    common: typeof commonIt;
  }
}
