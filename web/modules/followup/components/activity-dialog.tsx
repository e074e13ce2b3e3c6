import { useTranslation } from 'react-i18next';
import type { ActivityReport, ActivityReportInput } from '#contracts/activities.ts';
import { activityStatuses, type ActivityStatus } from '#contracts/assessment.ts';
import type { ReportActivity } from '#contracts/followup.ts';
import { ChoiceField, TextAreaField } from '#web/ui/fields.tsx';
import type { VersionedForm } from '#web/ui/use-versioned-form.ts';
import type { ActivityValues } from './activity-table.tsx';
import { FormDialog } from './form-dialog.tsx';
import { useReportSettings } from './report-context.tsx';
import { useReportForm } from './use-report-form.ts';

type Form = VersionedForm<ActivityValues, ActivityReportInput, ActivityReport>;

/** Status, deviation and analysis of an activity, in a dialog opened from its row. */
export function ActivityDialog({
  item,
  form,
  busy,
}: {
  item: ReportActivity;
  form: Form;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const { locked } = useReportSettings();
  const { errorOf } = useReportForm<keyof ActivityValues>(form);
  const id = item.activity.id;
  const fieldId = (field: keyof ActivityValues) => `activity-${field}-${id}`;
  const statusName = (status: string | null) =>
    status ? t(`followup.activities.statuses.${status as ActivityStatus}`) : '';

  return (
    <FormDialog
      id={`activity-edit-${id}`}
      triggerText={t('followup.activities.edit')}
      triggerLabel={t('followup.activities.editLabel', { title: item.activity.title })}
      title={t('followup.activity.title', { title: item.activity.title })}
      saveText={t('followup.activity.save')}
      busy={busy}
      form={form}
      fields={[
        { key: 'status', label: t('followup.activity.status') },
        { key: 'deviation', label: t('followup.activity.deviation') },
        { key: 'analysis', label: t('followup.activity.analysis') },
      ]}
      show={(field, value) => (field === 'status' ? statusName(value) : (value ?? ''))}
      firstField={fieldId('deviation')}
    >
      <ChoiceField
        id={fieldId('status')}
        label={t('followup.activity.status')}
        none={t('followup.activities.noStatus')}
        choices={activityStatuses}
        choiceLabel={(status) => t(`followup.activities.statuses.${status}`)}
        value={form.values.status}
        disabled={locked}
        error={errorOf('status')}
        onChange={(status) => form.set({ status: status ?? null })}
      />
      <TextAreaField
        id={fieldId('deviation')}
        label={t('followup.activity.deviation')}
        description={t('followup.activity.deviationHint')}
        rows={3}
        value={form.values.deviation}
        readOnly={locked}
        error={errorOf('deviation')}
        onChange={(e) => form.set({ deviation: e.target.value })}
      />
      <TextAreaField
        id={fieldId('analysis')}
        label={t('followup.activity.analysis')}
        rows={5}
        value={form.values.analysis}
        readOnly={locked}
        error={errorOf('analysis')}
        onChange={(e) => form.set({ analysis: e.target.value })}
      />
    </FormDialog>
  );
}
