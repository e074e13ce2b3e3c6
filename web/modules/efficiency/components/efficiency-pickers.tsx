import { Fieldset } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BudgetYear } from '#contracts/periods.ts';
import { unitChoices } from '#web/modules/followup/followup.selection.ts';
import { treeQuery } from '#web/modules/org/org.api.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { SelectField } from '#web/ui/fields.tsx';
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
  const me = useMe();
  const tree = useQuery(treeQuery(`${year.year}-12-31`));
  const choices = unitChoices(me.grants, tree.data?.units ?? []);
  const search = { year: year.year, unit: unitId, period };
  return (
    <Fieldset className="efficiency-pickers">
      <Fieldset.Legend className="ds-sr-only">{t('efficiency.legend')}</Fieldset.Legend>
      <SelectField
        id="efficiency-year"
        label={t('efficiency.year')}
        value={year.year}
        onChange={(e) => onChange({ ...search, year: Number(e.target.value), period: undefined })}
      >
        {years.map((y) => (
          <option key={y.id} value={y.year}>
            {y.year}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="efficiency-unit"
        label={t('efficiency.unit')}
        value={unitId ?? ''}
        onChange={(e) => onChange({ ...search, unit: e.target.value || undefined })}
      >
        {unitId === undefined && <option value="">{t('efficiency.chooseUnit')}</option>}
        {choices.granted.map((unit) => (
          <option key={`own-${unit.id}`} value={unit.id}>
            {unit.label}
          </option>
        ))}
        {choices.tree
          .filter((unit) => !choices.granted.some((own) => own.id === unit.id))
          .map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.label}
            </option>
          ))}
      </SelectField>
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
    </Fieldset>
  );
}
