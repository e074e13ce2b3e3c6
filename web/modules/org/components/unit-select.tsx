import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '#web/ui/fields.tsx';
import { encodeRef } from '../org.changes.ts';
import type { UnitOption } from '../org.tree.ts';

export type NewUnit = { key: string; name: string };

type SelectProps = {
  id: string;
  label: string;
  /** an encoded reference (`unit:<id>` or `key:<key>`), or '' */
  value: string;
  onChange: (value: string) => void;
  units: readonly UnitOption[];
  /** units opened earlier in this reorganisation, offered after the existing ones */
  newUnits?: readonly NewUnit[];
  /** the text of an empty first option that means "no unit" (top level), else "choose" */
  emptyLabel?: string;
  date: string;
  error?: string;
};

/** A select of units: the existing ones as an indented tree, then the new ones. */
export function UnitSelect(props: SelectProps) {
  const { t } = useTranslation();
  const { id, label, value, onChange, units, newUnits = [], emptyLabel, date, error } = props;
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    >
      <option value="">{emptyLabel ?? t('reorganise.chooseUnit')}</option>
      <optgroup label={t('reorganise.existingUnits', { date })}>
        {units.map((unit) => (
          <option key={unit.id} value={encodeRef({ unitId: unit.id })}>
            {unit.label}
          </option>
        ))}
      </optgroup>
      {newUnits.length > 0 && (
        <optgroup label={t('reorganise.newUnits')}>
          {newUnits.map((unit) => (
            <option key={unit.key} value={encodeRef({ key: unit.key })}>
              {unit.name}
            </option>
          ))}
        </optgroup>
      )}
    </SelectField>
  );
}

type CheckboxesProps = {
  id: string;
  legend: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  units: readonly UnitOption[];
  newUnits?: readonly NewUnit[];
  error?: string;
};

/** Several units at once (merge, split), as a scrollable group of checkboxes. */
export function UnitCheckboxes(props: CheckboxesProps) {
  const { t } = useTranslation();
  const { id, legend, values, onChange, units, newUnits = [], error } = props;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  const options = [
    ...units.map((unit) => ({
      value: encodeRef({ unitId: unit.id }),
      label: unit.name,
      depth: unit.depth,
    })),
    ...newUnits.map((unit) => ({
      value: encodeRef({ key: unit.key }),
      label: `${unit.name} (${t('reorganise.markNew')})`,
      depth: 0,
    })),
  ];
  return (
    <Fieldset className="unit-checkboxes" id={id} tabIndex={-1}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <div className="unit-checkboxes__scroll">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            value={option.value}
            checked={values.includes(option.value)}
            onChange={(e) => toggle(option.value, e.target.checked)}
            style={{ marginInlineStart: `${option.depth * 1.25}rem` }}
          />
        ))}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
