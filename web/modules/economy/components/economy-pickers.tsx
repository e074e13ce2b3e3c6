import { useTranslation } from 'react-i18next';
import type { BudgetYear } from '#contracts/years.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { useUnitChoices } from '#web/modules/followup/use-unit-choices.ts';
import { Pickers, UnitPicker, YearPicker } from '#web/ui/pickers.tsx';
import type { EconomySearch } from '../economy.search.ts';

/**
 * Which economy to show: the year, and the unit (the user's own units first, then the
 * organisation as it was at the end of the year, where the economy's unit is looked up).
 */
export function EconomyPickers({
  years,
  year,
  unitId,
  unitName,
  onChange,
}: {
  years: readonly BudgetYear[];
  year: number;
  unitId: string | undefined;
  /** the shown unit's name, for while the organisation loads */
  unitName: string | null;
  onChange: (search: EconomySearch) => void;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const date = `${year}-12-31`;
  const units = useUnitChoices(date);
  return (
    <Pickers className="economy-pickers" legend={t('economy.pickers.legend')}>
      <YearPicker
        id="economy-year"
        label={t('economy.pickers.year')}
        years={years.map((y) => y.year)}
        value={year}
        onChange={(next) => onChange({ year: next, unit: unitId })}
      />
      <UnitPicker
        id="economy-unit"
        label={t('economy.pickers.unit')}
        units={units}
        value={unitId}
        onChange={(unit) => onChange({ year, unit })}
        choose={t('economy.pickers.chooseUnit')}
        current={unitId ? { id: unitId, name: unitName ?? unitId } : null}
        groups={{
          granted: t('economy.pickers.yourUnits'),
          tree: t('economy.pickers.orgAt', { date: messages.longDate(date) }),
        }}
      />
    </Pickers>
  );
}
