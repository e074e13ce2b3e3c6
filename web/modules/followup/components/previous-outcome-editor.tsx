import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportIndicator } from '#contracts/followup.ts';
import {
  enteredPreviousOutcomeInput,
  type EnteredPreviousOutcome,
  type EnteredPreviousOutcomeInput,
} from '#contracts/indicators.ts';
import { TextField } from '#web/ui/fields.tsx';
import { prepared, useVersionedForm, type Prepared } from '#web/ui/use-versioned-form.ts';
import { useSavePreviousOutcome } from '../followup.api.ts';
import { decimalForInput, parseDecimalFields } from '../followup.format.ts';
import { useFollowupText } from '../followup.messages.ts';
import { FormDialog } from './form-dialog.tsx';
import { useReportSettings } from './report-context.tsx';
import { useReportForm } from './use-report-form.ts';

type FormValues = { value: string; valueWomen: string; valueMen: string };
const numberFields = ['value', 'valueWomen', 'valueMen'] as const;

/**
 * The "Periodens utfall <last year>" cell: last year's outcome, said to be entered when it was
 * typed on this report rather than stored last year, flagged when the two differ; and, for a
 * writer, a dialog to enter it where there is no stored one (a municipality new to Rödtråd).
 */
export function PreviousOutcomeCell({
  item,
  editable,
}: {
  item: ReportIndicator;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { previousName } = useReportSettings();
  const { indicator, previousOutcomeSource, enteredPreviousOutcome } = item;
  const enterable =
    editable &&
    !indicator.formula &&
    (previousOutcomeSource !== 'history' || enteredPreviousOutcome);
  return (
    <>
      <span className="indicator-value">{text.value(item.previousOutcome, indicator)}</span>
      {previousOutcomeSource === 'entered' && (
        <Tag data-size="sm" data-color="neutral">
          {t('followup.previousOutcome.entered')}
        </Tag>
      )}
      {item.previousOutcomeDiffers && (
        <Paragraph data-size="sm" className="attainment__details" role="note">
          {t('followup.previousOutcome.differs', {
            entered: text.value(enteredPreviousOutcome?.value ?? null, indicator),
            period: previousName,
          })}
        </Paragraph>
      )}
      {enterable && <PreviousOutcomeEditor item={item} />}
    </>
  );
}

function PreviousOutcomeEditor({ item }: { item: ReportIndicator }) {
  const { t, i18n } = useTranslation();
  const { place, locked, previousName: period } = useReportSettings();
  const { indicator } = item;
  const id = indicator.id;
  const mutation = useSavePreviousOutcome(place, id);

  const toValues = (saved: EnteredPreviousOutcome | null): FormValues => ({
    value: decimalForInput(saved?.value ?? null, i18n.language),
    valueWomen: decimalForInput(saved?.valueWomen ?? null, i18n.language),
    valueMen: decimalForInput(saved?.valueMen ?? null, i18n.language),
  });
  const toInput = (values: FormValues, version: number): Prepared<EnteredPreviousOutcomeInput> => {
    const { numbers, issues } = parseDecimalFields(
      values,
      numberFields,
      t('followup.outcome.notANumber'),
    );
    if (issues.length > 0) return { issues };
    const split = indicator.genderSplit;
    return prepared(
      enteredPreviousOutcomeInput.safeParse({
        value: numbers.value,
        valueWomen: split ? numbers.valueWomen : null,
        valueMen: split ? numbers.valueMen : null,
        version,
      }),
    );
  };
  const form = useVersionedForm({
    server: item.enteredPreviousOutcome,
    toValues,
    toInput,
    save: mutation.mutateAsync,
    conflictCode: 'reports.conflict',
  });
  const { errorOf } = useReportForm<keyof FormValues>(form);
  if (locked && !form.dirty) return null;

  const fieldId = (field: keyof FormValues) => `previous-outcome-${field}-${id}`;
  const labels: Record<keyof FormValues, string> = {
    value: t('followup.previousOutcome.value', { period }),
    valueWomen: t('followup.previousOutcome.women', { period }),
    valueMen: t('followup.previousOutcome.men', { period }),
  };
  const shown = indicator.genderSplit ? numberFields : (['value'] as const);
  const verb = item.enteredPreviousOutcome ? 'change' : 'edit';
  return (
    <FormDialog
      id={`previous-outcome-edit-${id}`}
      triggerText={t(`followup.previousOutcome.${verb}`, { period })}
      triggerLabel={t(`followup.previousOutcome.${verb}Label`, { period, name: indicator.name })}
      title={t('followup.previousOutcome.title', { period, name: indicator.name })}
      saveText={t('followup.previousOutcome.save')}
      busy={mutation.isPending}
      form={form}
      fields={shown.map((key) => ({ key, label: labels[key] }))}
      firstField={fieldId('value')}
    >
      <Paragraph data-size="sm">{t('followup.previousOutcome.intro', { period })}</Paragraph>
      {shown.map((field) => (
        <TextField
          key={field}
          id={fieldId(field)}
          label={labels[field]}
          value={form.values[field]}
          error={errorOf(field)}
          readOnly={locked}
          onChange={(e: { target: { value: string } }) => form.set({ [field]: e.target.value })}
          inputMode="decimal"
          autoComplete="off"
          description={
            field === 'value'
              ? t('followup.outcome.valueHint', { unit: indicator.unit || t('common.none') })
              : undefined
          }
        />
      ))}
    </FormDialog>
  );
}
