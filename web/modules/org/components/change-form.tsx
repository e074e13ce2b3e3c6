import { Button, Checkbox } from '@digdir/designsystemet-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import {
  reorganisationChange,
  unitKinds,
  type ReorganisationChangeInput,
  type UnitAtDate,
} from '#contracts/org.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { issuesFromZod } from '#web/lib/issues.ts';
import { FieldIssueSummary } from '#web/ui/issue-summary.tsx';
import { ChoiceField, TextField } from '#web/ui/fields.tsx';
import {
  changeTypes,
  decodeRef,
  draftFieldOf,
  draftToChange,
  emptyDraft,
  encodeRef,
  nextKey,
  type ChangeDraft,
  type ChangeType,
} from '../org.changes.ts';
import { unitOptions } from '../org.tree.ts';
import { UnitCheckboxes, UnitSelect, type NewUnit } from './unit-select.tsx';

const fieldIds: Record<keyof ChangeDraft, string> = {
  type: 'change-type',
  unitId: 'change-unit',
  name: 'change-name',
  shortName: 'change-short-name',
  code: 'change-code',
  kind: 'change-kind',
  target: 'change-target',
  unitIds: 'change-units',
  targets: 'change-targets',
  isResultUnit: 'change-result-unit',
};

/** Which fields each type of change asks for, in order. */
const fieldsOf: Record<ChangeType, (keyof ChangeDraft)[]> = {
  open: ['name', 'shortName', 'code', 'kind', 'target', 'isResultUnit'],
  close: ['unitId'],
  rename: ['unitId', 'name', 'shortName'],
  move: ['unitId', 'target'],
  merge: ['unitIds', 'target'],
  split: ['unitId', 'targets'],
  replace: ['unitId', 'target'],
  set_result_unit: ['unitId', 'isResultUnit'],
};

type Props = {
  units: readonly UnitAtDate[];
  changes: readonly ReorganisationChangeInput[];
  date: string;
  onAdd: (change: ReorganisationChangeInput) => void;
};

/** The form that adds one change; it is checked against the contract before it is added. */
export function ChangeForm({ units, changes, date, onAdd }: Props) {
  const { t } = useTranslation();
  const messages = useMessages();
  const [draft, setDraft] = useState<ChangeDraft>(emptyDraft());
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const flat = useMemo(() => unitOptions(units), [units]);
  const newUnits: NewUnit[] = changes.flatMap((c) =>
    c.type === 'open' ? [{ key: c.key, name: c.name }] : [],
  );
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);

  const set = (patch: Partial<ChangeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const selectUnit = (unitId: string) => {
    const unit = byId.get(unitId);
    // Start from the unit's current values where the change edits them.
    if (unit && draft.type === 'rename')
      set({ unitId, name: unit.name, shortName: unit.shortName ?? '' });
    else if (unit && draft.type === 'set_result_unit')
      set({ unitId, isResultUnit: !unit.isResultUnit });
    else set({ unitId });
  };

  const errorFor = (field: keyof ChangeDraft) => {
    const issue = issues.find((i) => draftFieldOf(draft.type, i.path) === field);
    return issue ? messages.issue(issue) : undefined;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = reorganisationChange.safeParse(draftToChange(draft, nextKey(changes)));
    if (!parsed.success) {
      setIssues(issuesFromZod(parsed.error));
      setAttempt((n) => n + 1);
      return;
    }
    setIssues([]);
    onAdd(parsed.data);
    setDraft(emptyDraft(draft.type));
  };

  const fields = fieldsOf[draft.type];
  const labelOf = (field: keyof ChangeDraft): string => {
    if (field === 'name' && draft.type === 'rename') return t('reorganise.fieldNewName');
    if (field === 'target') {
      if (draft.type === 'move') return t('reorganise.fieldNewParent');
      if (draft.type === 'merge') return t('reorganise.fieldMergeInto');
      if (draft.type === 'replace') return t('reorganise.fieldReplaceBy');
      return t('reorganise.fieldParent');
    }
    const labels = {
      type: 'reorganise.changeType',
      unitId: 'reorganise.fieldUnit',
      name: 'reorganise.fieldName',
      shortName: 'reorganise.fieldShortName',
      code: 'reorganise.fieldCode',
      kind: 'reorganise.fieldKind',
      unitIds: 'reorganise.fieldMergeUnits',
      targets: 'reorganise.fieldSplitInto',
      isResultUnit: 'reorganise.fieldIsResultUnit',
    } as const;
    return t(labels[field]);
  };

  // Merging into: one of the merged units, or a unit opened in this reorganisation.
  const mergeChoices = flat.filter((unit) => draft.unitIds.includes(unit.id));

  const renderField = (field: keyof ChangeDraft) => {
    const common = { id: fieldIds[field], label: labelOf(field), error: errorFor(field) };
    switch (field) {
      case 'unitId':
        return (
          <UnitSelect
            {...common}
            value={draft.unitId ? encodeRef({ unitId: draft.unitId }) : ''}
            onChange={(value) => {
              const ref = decodeRef(value);
              selectUnit(ref && 'unitId' in ref ? ref.unitId : '');
            }}
            units={flat}
            date={date}
          />
        );
      case 'name':
      case 'shortName':
      case 'code':
        return (
          <TextField
            {...common}
            value={draft[field]}
            onChange={(e) => set({ [field]: e.target.value })}
          />
        );
      case 'kind':
        return (
          <ChoiceField
            {...common}
            choices={unitKinds}
            choiceLabel={(kind) => t(`kinds.${kind}`)}
            value={draft.kind}
            onChange={(kind) => kind && set({ kind })}
          />
        );
      case 'target':
        return (
          <UnitSelect
            {...common}
            value={draft.target}
            onChange={(target) => set({ target })}
            units={draft.type === 'merge' ? mergeChoices : flat}
            newUnits={newUnits}
            emptyLabel={draft.type === 'open' ? t('reorganise.topLevel') : undefined}
            date={date}
          />
        );
      case 'unitIds':
        return (
          <UnitCheckboxes
            id={common.id}
            legend={common.label}
            error={common.error}
            values={draft.unitIds.map((unitId) => encodeRef({ unitId }))}
            onChange={(values) =>
              set({
                unitIds: values.flatMap(
                  (v) => (decodeRef(v) as { unitId: string } | null)?.unitId ?? [],
                ),
              })
            }
            units={flat}
          />
        );
      case 'targets':
        return (
          <UnitCheckboxes
            id={common.id}
            legend={common.label}
            error={common.error}
            values={draft.targets}
            onChange={(targets) => set({ targets })}
            units={flat}
            newUnits={newUnits}
          />
        );
      case 'isResultUnit':
        return (
          <Checkbox
            id={common.id}
            label={common.label}
            checked={draft.isResultUnit}
            onChange={(e) => set({ isResultUnit: e.target.checked })}
            error={common.error}
          />
        );
      case 'type':
        return null;
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form change-form">
      <FieldIssueSummary
        attempt={attempt}
        issues={issues}
        fieldOf={(path) => {
          const field = draftFieldOf(draft.type, path);
          return { label: labelOf(field), id: fieldIds[field] };
        }}
      />
      <ChoiceField
        id={fieldIds.type}
        label={t('reorganise.changeType')}
        choices={changeTypes}
        choiceLabel={(type) => t(`reorganise.types.${type}`)}
        value={draft.type}
        onChange={(type) => {
          if (!type) return;
          setIssues([]);
          setDraft(emptyDraft(type));
        }}
      />
      {fields.map((field) => (
        <div key={`${draft.type}-${field}`}>{renderField(field)}</div>
      ))}
      <div className="button-row">
        <Button type="submit" variant="secondary">
          {t('reorganise.addChange')}
        </Button>
      </div>
    </form>
  );
}
