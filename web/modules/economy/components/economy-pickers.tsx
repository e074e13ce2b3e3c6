import { Fieldset } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BudgetYear } from '#contracts/periods.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { unitChoices } from '#web/modules/followup/followup.selection.ts';
import { treeQuery } from '#web/modules/org/org.api.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { SelectField } from '#web/ui/fields.tsx';
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
  const me = useMe();
  const date = `${year}-12-31`;
  const tree = useQuery(treeQuery(date));
  const choices = unitChoices(me.grants, tree.data?.units ?? []);
  const known = unitId === undefined || choices.tree.some((u) => u.id === unitId);
  return (
    <Fieldset className="economy-pickers">
      <Fieldset.Legend className="ds-sr-only">{t('economy.pickers.legend')}</Fieldset.Legend>
      <SelectField
        id="economy-year"
        label={t('economy.pickers.year')}
        value={year}
        onChange={(e) => onChange({ year: Number(e.target.value), unit: unitId })}
      >
        {years.map((y) => (
          <option key={y.id} value={y.year}>
            {y.year}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="economy-unit"
        label={t('economy.pickers.unit')}
        value={unitId ?? ''}
        onChange={(e) => onChange({ year, unit: e.target.value || undefined })}
      >
        {unitId === undefined && <option value="">{t('economy.pickers.chooseUnit')}</option>}
        {!known && unitId && <option value={unitId}>{unitName ?? unitId}</option>}
        {choices.granted.length > 0 && (
          <optgroup label={t('economy.pickers.yourUnits')}>
            {choices.granted.map((unit) => (
              <option key={`own-${unit.id}`} value={unit.id}>
                {unit.label}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('economy.pickers.orgAt', { date: messages.longDate(date) })}>
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
