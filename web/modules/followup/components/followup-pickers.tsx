import { useTranslation } from 'react-i18next';
import type { BudgetYear } from '#contracts/years.ts';
import { todayIso } from '#web/lib/format.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { Pickers, UnitPicker, YearPicker } from '#web/ui/pickers.tsx';
import { useFollowupText } from '../followup.messages.ts';
import type { FollowupSearch, Selection } from '../followup.selection.ts';
import { useUnitChoices } from '../use-unit-choices.ts';

/**
 * Which report to show: year, period (with its deadline) and unit (the user's own units first,
 * then the organisation as it was on the period's last day). A choice shows the report at once.
 */
export function FollowupPickers({
  years,
  selection,
  unitName,
  onChange,
}: {
  years: readonly BudgetYear[];
  selection: Selection;
  /** the shown unit's name, for while the organisation loads */
  unitName: string | null;
  onChange: (search: FollowupSearch) => void;
}) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { year, period, unitId } = selection;
  const date = period?.endsOn ?? todayIso();
  const units = useUnitChoices(date);
  const yearNumbers = years.map((y) => y.year).sort((a, b) => b - a);
  const periods = [...(year?.periods ?? [])].sort((a, b) => a.position - b.position);

  return (
    <Pickers className="followup-pickers" legend={t('followup.pickers.legend')}>
      <YearPicker
        id="followup-year"
        label={t('followup.pickers.year')}
        years={yearNumbers}
        value={year?.year}
        onChange={(next) => onChange({ year: next, unit: unitId })}
      />
      <SelectField
        id="followup-period"
        label={t('followup.pickers.period')}
        value={period?.id ?? ''}
        onChange={(e) => onChange({ year: year?.year, period: e.target.value, unit: unitId })}
      >
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {text.periodOption(p)}
          </option>
        ))}
      </SelectField>
      <UnitPicker
        id="followup-unit"
        label={t('followup.pickers.unit')}
        units={units}
        value={unitId}
        onChange={(unit) => onChange({ year: year?.year, period: period?.id, unit })}
        choose={t('followup.pickers.chooseUnit')}
        current={unitId && unitName !== null ? { id: unitId, name: unitName } : null}
        groups={{
          granted: t('followup.pickers.yourUnits'),
          tree: t('followup.pickers.orgAt', { date: text.longDate(date) }),
        }}
      />
    </Pickers>
  );
}
