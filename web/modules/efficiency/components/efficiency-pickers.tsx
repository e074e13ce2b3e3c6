import { useTranslation } from 'react-i18next';
import type { BudgetYear } from '#contracts/years.ts';
import { useUnitChoices } from '#web/modules/followup/use-unit-choices.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { Pickers, UnitPicker, YearPicker } from '#web/ui/pickers.tsx';
import type { EfficiencySearch } from '../efficiency.search.ts';

/** Which year, unit (the user's own first, then the organisation at the year's end) and period. */
export function EfficiencyPickers({
  years,
  year,
  unitId,
  period,
  onChange,
}: {
  years: readonly BudgetYear[];
  year: BudgetYear;
  unitId: string | undefined;
  period: string;
  onChange: (search: EfficiencySearch) => void;
}) {
  const { t } = useTranslation();
  const units = useUnitChoices(`${year.year}-12-31`);
  const search = { year: year.year, unit: unitId, period };
  return (
    <Pickers className="efficiency-pickers" legend={t('efficiency.legend')}>
      <YearPicker
        id="efficiency-year"
        label={t('efficiency.year')}
        years={years.map((y) => y.year)}
        value={year.year}
        onChange={(next) => onChange({ ...search, year: next, period: undefined })}
      />
      <UnitPicker
        id="efficiency-unit"
        label={t('efficiency.unit')}
        units={units}
        value={unitId}
        onChange={(unit) => onChange({ ...search, unit })}
        choose={t('efficiency.chooseUnit')}
      />
      <SelectField
        id="efficiency-period"
        label={t('efficiency.period')}
        value={period}
        onChange={(e) => onChange({ ...search, period: e.target.value })}
      >
        {year.periods.map((p) => (
          <option key={p.id} value={p.key}>
            {p.name}
          </option>
        ))}
      </SelectField>
    </Pickers>
  );
}
