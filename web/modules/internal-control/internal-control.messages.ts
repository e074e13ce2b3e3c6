import type { TFunction } from 'i18next';
import { isApiError } from '#web/lib/api-client.ts';

const own: Record<string, 'planAdopted' | 'conflict' | 'notInPlan'> = {
  'internal_control.plan_adopted': 'planAdopted',
  'internal_control.conflict': 'conflict',
  'internal_control.risk_not_in_plan': 'notInPlan',
};

/** The module's own words for its error codes, else the app's (`fallback`). */
export const describeInternalControlError =
  (t: TFunction, fallback: (error: unknown) => string) =>
  (error: unknown): string => {
    const key = isApiError(error) ? own[error.code] : undefined;
    return key ? t(`internalControl.errors.${key}`) : fallback(error);
  };
