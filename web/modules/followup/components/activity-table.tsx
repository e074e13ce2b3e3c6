import { Select, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activityReportInput,
  type ActivityReport,
  type ActivityReportInput,
} from '#contracts/activities.ts';
import { activityStatuses } from '#contracts/assessment.ts';
import type { ReportActivity } from '#contracts/followup.ts';
import { DataTable } from '#web/ui/data-table.tsx';
import { useSaveActivityReport } from '../followup.api.ts';
import { useFollowupText } from '../followup.messages.ts';
import { prepared, useVersionedForm, type Prepared } from '#web/ui/use-versioned-form.ts';
import { ActivityDialog } from './activity-dialog.tsx';
import { anchors, useReportSettings } from './report-context.tsx';
import { ReportComments } from './report-comments.tsx';

export type ActivityValues = { status: string | null; deviation: string; analysis: string };

const toValues = (saved: ActivityReport | null): ActivityValues => ({
  status: saved?.status ?? null,
  deviation: saved?.deviation ?? '',
  analysis: saved?.analysis ?? '',
});

const toInput = (values: ActivityValues, version: number): Prepared<ActivityReportInput> =>
  prepared(activityReportInput.safeParse({ ...values, version }));

/** Keys that step a closed select's value without opening it. */
const stepKeys = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

export const statusSelectId = (activityId: string) => `activity-status-${activityId}`;

/** The activity table of a goal: Aktivitet · Startdatum · Slutdatum · Status · Avvikelse. */
export function ActivityTable({
  caption,
  items,
  editable,
}: {
  caption: string;
  items: readonly ReportActivity[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="activities">
      <DataTable
        label={caption}
        className="report-table activity-table"
        columns={[
          t('followup.activities.colTitle'),
          t('followup.activities.colStart'),
          t('followup.activities.colEnd'),
          t('followup.activities.colStatus'),
          t('followup.activities.colDeviation'),
        ]}
      >
        <Table.Body>
          {items.map((item) =>
            editable ? (
              <ActivityEditRow key={item.activity.id} item={item} />
            ) : (
              <ActivityRow key={item.activity.id} item={item} />
            ),
          )}
        </Table.Body>
      </DataTable>
      <ReportComments
        title={t('followup.activities.analyses')}
        items={items}
        entry={(item) => ({
          key: item.activity.id,
          term: item.activity.title,
          text: item.report?.analysis,
        })}
      />
    </div>
  );
}

function Dates({ item }: { item: ReportActivity }) {
  const { startsOn, endsOn } = item.activity;
  return (
    <>
      <Table.Cell className="nowrap">
        <time dateTime={startsOn}>{startsOn}</time>
      </Table.Cell>
      <Table.Cell className="nowrap">
        <time dateTime={endsOn}>{endsOn}</time>
      </Table.Cell>
    </>
  );
}

function TitleCell({ item }: { item: ReportActivity }) {
  return (
    <Table.HeaderCell
      scope="row"
      id={anchors.activity(item.activity.id)}
      tabIndex={-1}
      className="report-table__name"
    >
      {item.activity.title}
    </Table.HeaderCell>
  );
}

function ActivityRow({ item }: { item: ReportActivity }) {
  const { t } = useTranslation();
  const status = item.report?.status;
  return (
    <Table.Row>
      <TitleCell item={item} />
      <Dates item={item} />
      <Table.Cell>
        {status ? t(`followup.activities.statuses.${status}`) : t('followup.activities.noStatus')}
      </Table.Cell>
      <Table.Cell className="prewrap">{item.report?.deviation ?? ''}</Table.Cell>
    </Table.Row>
  );
}

/**
 * A row the reporter edits: the status is chosen in the table and saved at once; deviation and
 * analysis are written in a dialog. Both share one draft, so nothing typed is lost.
 */
function ActivityEditRow({ item }: { item: ReportActivity }) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { place, announce, locked } = useReportSettings();
  const id = item.activity.id;
  const mutation = useSaveActivityReport(place, id);
  const form = useVersionedForm({
    server: item.report,
    toValues,
    toInput,
    save: mutation.mutateAsync,
    conflictCode: 'reports.conflict',
  });
  const [note, setNote] = useState<string | null>(null);
  const statusName = (status: string | null) =>
    status
      ? t(`followup.activities.statuses.${status as (typeof activityStatuses)[number]}`)
      : t('followup.activities.noStatus');

  // Arrow keys on a closed select change its value one step at a time: each step is only shown,
  // and the status is saved when the person leaves the field or presses Enter.
  const stepping = useRef(false);
  const pending = useRef<string | null>(null);
  const onStatusKey = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (stepKeys.has(event.key) && !event.altKey) stepping.current = true;
    if (event.key === 'Enter' && pending.current !== null) void commitStatus();
  };
  const commitStatus = () => {
    const value = pending.current;
    pending.current = null;
    stepping.current = false;
    return value === null ? undefined : onStatus(value);
  };
  const onStatusChange = (value: string) => {
    if (!stepping.current) return void onStatus(value);
    pending.current = value;
    form.set({ status: value === '' ? null : value });
  };

  const onStatus = async (value: string) => {
    const status = value === '' ? null : value;
    setNote(null);
    form.set({ status });
    if (status === (item.report?.status ?? null)) return;
    const result = await form.saveField('status', status);
    if (result.kind === 'saved')
      announce(
        t('followup.activities.statusSaved', {
          status: statusName(status),
          title: item.activity.title,
        }),
      );
    if (result.kind === 'clash') {
      const message = t('followup.activities.statusClash', {
        name: result.by ?? t('followup.activities.someoneElse'),
        status: statusName(result.theirs),
      });
      setNote(message);
      announce(message);
    }
  };

  const problem = note ?? (form.error !== null ? text.error(form.error) : null);
  // Past the draft the row is text, unless it holds unsaved text (kept, read-only, to copy).
  if (locked && !form.dirty) return <ActivityRow item={item} />;
  return (
    <Table.Row>
      <TitleCell item={item} />
      <Dates item={item} />
      <Table.Cell>
        {/* A plain label and select (no ds-field): a report has many rows, and each field
            element costs a layout when it mounts. */}
        <div className="status-field">
          <label htmlFor={statusSelectId(id)} className="ds-sr-only">
            {t('followup.activities.statusLabel', { title: item.activity.title })}
          </label>
          <Select
            id={statusSelectId(id)}
            data-size="sm"
            value={form.values.status ?? ''}
            disabled={locked}
            onChange={(e) => onStatusChange(e.target.value)}
            // Designsystemet's Select drops onKeyDown; the capture phase reaches the element.
            onKeyDownCapture={onStatusKey}
            onBlur={() => void commitStatus()}
            onPointerDown={() => (stepping.current = false)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${statusSelectId(id)}-problem` : undefined}
          >
            {form.values.status === null && (
              <Select.Option value="">{t('followup.activities.chooseStatus')}</Select.Option>
            )}
            {activityStatuses.map((status) => (
              <Select.Option key={status} value={status}>
                {t(`followup.activities.statuses.${status}`)}
              </Select.Option>
            ))}
          </Select>
          {problem && (
            <ValidationMessage id={`${statusSelectId(id)}-problem`} data-size="sm">
              {problem}
            </ValidationMessage>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        <span className="prewrap">{item.report?.deviation ?? ''}</span>
        <ActivityDialog item={item} form={form} busy={mutation.isPending} />
      </Table.Cell>
    </Table.Row>
  );
}
