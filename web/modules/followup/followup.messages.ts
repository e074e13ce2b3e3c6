import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentReason, AssessmentValue } from '#contracts/assessment.ts';
import type { GoalLevel } from '#contracts/goals.ts';
import type { Indicator, Target } from '#contracts/indicators.ts';
import type { Period } from '#contracts/years.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { formatDateTime, formatLongDate } from '#web/lib/format.ts';
import {
  formatPercent,
  formatTarget,
  formatValue,
  goalHeading,
  goalShortName,
  type GoalHeadingInput,
} from './followup.format.ts';
import { reasonMessage } from './followup.reasons.ts';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** The follow-up's texts and formats in the UI's language. */
export function useFollowupText() {
  const { t, i18n } = useTranslation();
  const messages = useMessages();
  const language = i18n.language;
  return useMemo(() => {
    const loose = t as unknown as LooseT;
    const levelHeadings: Record<GoalLevel, string> = {
      vision: t('followup.goals.headings.vision'),
      direction: t('followup.goals.headings.direction'),
      council: t('followup.goals.headings.council'),
      committee: t('followup.goals.headings.committee'),
      unit: t('followup.goals.headings.unit'),
    };
    const targetWords = {
      setByCommittee: t('followup.indicators.setByCommittee'),
      cityAccounts: t('followup.indicators.cityAccounts'),
      none: t('common.none'),
    };
    return {
      /** An API error: the follow-up's own texts first, then the app's. */
      error: (error: unknown): string => {
        if (isApiError(error)) {
          const key = `followup.errors.${error.code.replaceAll('.', '_')}`;
          if (i18n.exists(key)) return loose(key);
        }
        return messages.error(error);
      },
      /** the goal's heading; `own`: the tenant's level headings of the year, when it has its own */
      heading: (goal: GoalHeadingInput, own?: Record<GoalLevel, string> | null) =>
        goalHeading(goal, own ?? levelHeadings),
      shortName: goalShortName,
      value: (value: string | null, indicator: Pick<Indicator, 'unit' | 'decimals'>) =>
        formatValue(value, indicator, language) ?? t('common.none'),
      percent: (percent: number) => formatPercent(percent, language),
      target: (
        indicator: Pick<Indicator, 'unit' | 'decimals' | 'direction'>,
        target: Target | null,
        which: 'own' | 'council',
      ) =>
        target === null
          ? t('common.none')
          : formatTarget(
              which === 'own'
                ? { kind: target.targetKind, value: target.target, tolerance: target.tolerance }
                : {
                    kind: target.councilTargetKind,
                    value: target.councilTarget,
                    tolerance: target.tolerance,
                  },
              indicator,
              targetWords,
              language,
            ),
      reason: (reason: AssessmentReason) => {
        const { key, values } = reasonMessage(reason, language);
        return loose(key, values);
      },
      /** "Årsmålet uppfylls helt", or during the year the forecast "Bedöms uppfyllas helt". */
      assessment: (value: AssessmentValue, forecast: boolean) =>
        forecast
          ? t(`followup.assessment.forecast.${value}`)
          : t(`followup.assessment.options.${value}`),
      longDate: (iso: string) => formatLongDate(iso, language),
      dateTime: (timestamp: string) => formatDateTime(timestamp, language),
      time: (date: Date) =>
        new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
          hour: '2-digit',
          minute: '2-digit',
        }).format(date),
      periodOption: (period: Period) =>
        period.deadline
          ? t('followup.pickers.periodOption', {
              name: period.name,
              deadline: formatLongDate(period.deadline, language),
            })
          : period.name,
    };
  }, [t, i18n, language, messages]);
}

export type FollowupText = ReturnType<typeof useFollowupText>;
