import { Fieldset } from '@digdir/designsystemet-react';
import { useState, type ChangeEvent, type ReactNode } from 'react';
import { SelectField } from './fields.tsx';

/** A unit as a select option: `label` is the name indented by its depth in the tree. */
export type PickerUnit = { id: string; label: string };

/** The unit picker's options: the user's own units, then the organisation as a tree. */
export type PickerUnits = { granted: readonly PickerUnit[]; tree: readonly PickerUnit[] };

/** A page's pickers (year, unit, period…) in a row, named for screen readers by `legend`. */
export function Pickers({
  className,
  legend,
  children,
}: {
  className: string;
  legend: string;
  children: ReactNode;
}) {
  return (
    <Fieldset className={className}>
      <Fieldset.Legend className="ds-sr-only">{legend}</Fieldset.Legend>
      {children}
    </Fieldset>
  );
}

/** The budget years, newest first as the caller orders them; the value is the year's number. */
export function YearPicker({
  id,
  label,
  description,
  years,
  value,
  onChange,
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  years: readonly number[];
  value: number | undefined;
  onChange: (year: number) => void;
}) {
  return (
    <SelectField
      id={id}
      label={label}
      description={description}
      value={value ?? ''}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(Number(e.target.value))}
    >
      {years.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * A unit: the user's own units first, then the organisation. With `groups` the two are
 * labelled option groups (an own unit stands in both); without, one list where each unit
 * stands once. `current` is the chosen unit shown while it is not among the options (the
 * organisation loads, or the unit did not exist at the date).
 */
export function UnitPicker({
  id,
  label,
  units,
  value,
  onChange,
  choose,
  keepChoose = false,
  current = null,
  groups,
}: {
  id: string;
  label: ReactNode;
  units: PickerUnits;
  value: string | undefined;
  onChange: (unitId: string | undefined) => void;
  /** the empty option's text, shown while no unit is chosen (always, with `keepChoose`) */
  choose: string;
  keepChoose?: boolean;
  current?: { id: string; name: string } | null;
  groups?: { granted: string; tree: string };
}) {
  const known = value === undefined || units.tree.some((u) => u.id === value);
  // An own unit stands twice (under the user's units and in the tree); its two options need
  // values of their own, and the select must stay on the one chosen, or arrowing down past it
  // in the tree jumps back to the first and loops there for a keyboard user.
  const [picked, setPicked] = useState<string | null>(null);
  const own = groups && value !== undefined && units.granted.some((u) => u.id === value);
  const shown =
    picked !== null && unitIdOf(picked) === (value ?? '')
      ? picked
      : own
        ? `${OWN}${value}`
        : (value ?? '');
  return (
    <SelectField
      id={id}
      label={label}
      value={shown}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => {
        setPicked(e.target.value);
        onChange(unitIdOf(e.target.value) || undefined);
      }}
    >
      {(value === undefined || keepChoose) && <option value="">{choose}</option>}
      {!known && current && <option value={current.id}>{current.name}</option>}
      {groups ? <GroupedUnits units={units} groups={groups} /> : <FlatUnits units={units} />}
    </SelectField>
  );
}

/** The value of an own unit's option in the user's group: the unit's id after this prefix. */
const OWN = 'own:';
const unitIdOf = (optionValue: string) =>
  optionValue.startsWith(OWN) ? optionValue.slice(OWN.length) : optionValue;

const unitOption = (unit: PickerUnit, prefix = '', valuePrefix = '') => (
  <option key={`${prefix}${unit.id}`} value={`${valuePrefix}${unit.id}`}>
    {unit.label}
  </option>
);

function GroupedUnits({
  units,
  groups,
}: {
  units: PickerUnits;
  groups: { granted: string; tree: string };
}) {
  return (
    <>
      {units.granted.length > 0 && (
        <optgroup label={groups.granted}>
          {units.granted.map((unit) => unitOption(unit, OWN, OWN))}
        </optgroup>
      )}
      <optgroup label={groups.tree}>{units.tree.map((unit) => unitOption(unit))}</optgroup>
    </>
  );
}

function FlatUnits({ units }: { units: PickerUnits }) {
  const own = new Set(units.granted.map((unit) => unit.id));
  return (
    <>
      {units.granted.map((unit) => unitOption(unit, OWN))}
      {units.tree.filter((unit) => !own.has(unit.id)).map((unit) => unitOption(unit))}
    </>
  );
}
