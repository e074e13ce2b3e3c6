import 'i18next';
import type { Translation } from './sv.ts';

// Translation keys are checked at compile time against the Swedish file.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
    returnNull: false;
  }
}
