import { Fieldset } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BudgetYear } from '#contracts/periods.ts';
import { todayIso } from '#web/lib/format.ts';
import { treeQuery } from '#web/modules/org/org.api.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { useFollowupText } from '../followup.messages.ts';
import { unitChoices, type FollowupSearch, type Selection } from '../followup.selection.ts';

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
  const me = useMe();
  const { year, period, unitId } = selection;
  const date = period?.endsOn ?? todayIso();
  const tree = useQuery(treeQuery(date));
  const choices = unitChoices(me.grants, tree.data?.units ?? []);
  const known =
    unitId === undefined || choices.tree.some((u) => u.id === unitId) || unitName === null;
  const sortedYears = [...years].sort((a, b) => b.year - a.year);
  const periods = [...(year?.periods ?? [])].sort((a, b) => a.position - b.position);

  return (
    <Fieldset className="followup-pickers">
      <Fieldset.Legend className="ds-sr-only">{t('followup.pickers.legend')}</Fieldset.Legend>
      <SelectField
        id="followup-year"
        label={t('followup.pickers.year')}
        value={year?.year ?? ''}
        onChange={(e) => onChange({ year: Number(e.target.value), unit: unitId })}
      >
        {sortedYears.map((y) => (
          <option key={y.id} value={y.year}>
            {y.year}
          </option>
        ))}
      </SelectField>
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
      <SelectField
        id="followup-unit"
        label={t('followup.pickers.unit')}
        value={unitId ?? ''}
        onChange={(e) =>
          onChange({ year: year?.year, period: period?.id, unit: e.target.value || undefined })
        }
      >
        {unitId === undefined && <option value="">{t('followup.pickers.chooseUnit')}</option>}
        {!known && unitId && <option value={unitId}>{unitName}</option>}
        {choices.granted.length > 0 && (
          <optgroup label={t('followup.pickers.yourUnits')}>
            {choices.granted.map((unit) => (
              <option key={`own-${unit.id}`} value={unit.id}>
                {unit.label}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('followup.pickers.orgAt', { date: text.longDate(date) })}>
          {choices.tree.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.label}
            </option>
          ))}
        </optgroup>
      </SelectField>
    </Fieldset>
  );
}
