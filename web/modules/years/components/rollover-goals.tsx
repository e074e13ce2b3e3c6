import { Checkbox, Input, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import type { RolloverPreview } from '#contracts/years.rollover.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { useGoalName } from '#web/modules/goals/components/marks.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { editOf, type GoalEdit } from '../years.rollover.ts';

type Props = {
  preview: RolloverPreview;
  edits: Readonly<Record<string, GoalEdit>>;
  onEdit: (goalId: string, edit: GoalEdit) => void;
  problems: ReadonlyMap<string, FieldIssue[]>;
};

/** The goal's texts that can be changed on the way to the new year, one input each. */
const textEdits = [
  { field: 'number', className: 'rollover-input', label: 'goals.years.newNumberLabel' },
  {
    field: 'title',
    className: 'rollover-input rollover-input--title',
    label: 'goals.years.newTitleLabel',
  },
] as const;

/**
 * The goals of the year rolled from and what each becomes: copied as it is, renumbered,
 * retitled, given to another owner, or left behind; with the fields to change that.
 */
export function RolloverGoals({ preview, edits, onEdit, problems }: Props) {
  const { t } = useTranslation();
  const goalName = useGoalName();
  const messages = useMessages();
  const { fromYear, toYear, unitNames } = preview;
  const caption = t('goals.years.goalsCaption', { from: fromYear, to: toYear });
  const owner = (id: string) => unitNames[id] ?? id;
  return (
    <DataTable
      label={caption}
      caption="hidden"
      zebra
      columns={[
        t('goals.years.colFrom', { year: fromYear }),
        t('goals.years.colTo', { year: toYear }),
        t('goals.years.colChanges'),
        t('goals.years.newNumber'),
        t('goals.years.newTitle'),
        t('goals.years.drop'),
      ]}
    >
      <Table.Body>
        {preview.goals.map((goal) => {
          const edit = edits[goal.fromGoalId] ?? editOf(goal);
          const name = goalName({ level: goal.level, ...goal.from });
          const set = (patch: Partial<GoalEdit>) => onEdit(goal.fromGoalId, { ...edit, ...patch });
          const issues = problems.get(goal.fromGoalId) ?? [];
          return (
            <Table.Row key={goal.fromGoalId}>
              <Table.HeaderCell scope="row">
                {name}
                <div className="muted">{owner(goal.from.ownerUnitId)}</div>
                {issues.map((issue) => (
                  <ValidationMessage key={issue.path + issue.message} data-size="sm">
                    {issue.path.split('.').length > 2
                      ? t('goals.years.problem', {
                          path: issue.path.split('.').slice(2).join('.'),
                          message: messages.issue(issue),
                        })
                      : messages.issue(issue)}
                  </ValidationMessage>
                ))}
              </Table.HeaderCell>
              <Table.Cell>
                {goal.to ? (
                  <>
                    {goalName({ level: goal.level, ...goal.to })}
                    <div className="muted">{owner(goal.to.ownerUnitId)}</div>
                  </>
                ) : (
                  <span className="mark">
                    <span aria-hidden="true">✕</span> {t('goals.years.dropped')}
                  </span>
                )}
              </Table.Cell>
              <Table.Cell>
                {goal.to === null
                  ? t('goals.years.dropped')
                  : goal.changes.length === 0
                    ? t('goals.years.unchanged')
                    : goal.changes.map((c) => t(`goals.years.changes.${c}`)).join(', ')}
              </Table.Cell>
              {textEdits.map(({ field, className, label }) => (
                <Table.Cell key={field}>
                  <Input
                    className={className}
                    data-size="sm"
                    aria-label={t(label, { goal: name })}
                    value={edit[field]}
                    disabled={edit.drop}
                    onChange={(e) => set({ [field]: e.target.value })}
                  />
                </Table.Cell>
              ))}
              <Table.Cell>
                <Checkbox
                  aria-label={t('goals.years.dropLabel', { goal: name })}
                  checked={edit.drop}
                  onChange={(e) => set({ drop: e.target.checked })}
                />
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </DataTable>
  );
}
