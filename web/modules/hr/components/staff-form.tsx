import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffView } from '#contracts/hr.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { TextField } from '#web/ui/fields.tsx';
import type { useSaveStaff } from '../hr.api.ts';
import { fieldsOf, formFields, inputOf, sickFields } from '../staff.form.ts';

/** The unit's own figures typed by hand: counts and hours, from which the percentages follow. */
export function StaffForm({
  view,
  save,
}: {
  view: StaffView;
  /** the page's save, which outlives the form: a save remounts the form at the new version */
  save: ReturnType<typeof useSaveStaff>;
}) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(() => fieldsOf(view.current.figures, view.indices));
  const [bad, setBad] = useState<string[]>([]);
  const whoWord = (who: 'Women' | 'Men') => t(who === 'Women' ? 'staff.women' : 'staff.men');
  const field = (key: string, label: string) => (
    <TextField
      key={key}
      id={`staff-${key.replace(/\./g, '-')}`}
      label={label}
      inputMode="decimal"
      value={fields[key] ?? ''}
      error={bad.includes(key) ? t('staff.badNumber') : undefined}
      onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
    />
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const made = inputOf(fields, view.current.figures, view.indices, view.current.version);
    if (!made.ok) {
      setBad(made.bad);
      document.getElementById(`staff-${made.bad[0]!.replace(/\./g, '-')}`)?.focus();
      return;
    }
    setBad([]);
    save.mutate(made.input);
  };
  return (
    <form className="form staff-form" onSubmit={onSubmit} noValidate>
      <div className="staff-form__grid">
        {formFields.map((f) =>
          field(
            f.key,
            t(f.what === 'headcount' ? 'staff.headcountOf' : 'staff.annualOf', {
              form: t(`staff.forms.${f.form}`),
              who: whoWord(f.who),
            }),
          ),
        )}
        {sickFields.map((f) => field(f.key, t(`staff.${f.what}Of`, { who: whoWord(f.who) })))}
        {field('leavers', t('staff.leavers'))}
        {field('averageHeadcount', t('staff.averageHeadcount'))}
        {view.indices.flatMap((index) => [
          field(`index.${index.key}.value`, t('staff.indexValue', { name: index.name })),
          field(
            `index.${index.key}.respondents`,
            t('staff.indexRespondentsField', { name: index.name }),
          ),
        ])}
      </div>
      <div className="button-row">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('staff.saving') : t('staff.save')}
        </Button>
      </div>
      <div aria-live="polite">
        {save.isSuccess && (
          <Alert data-color="success" className="alert">
            <Paragraph>{t('staff.saved')}</Paragraph>
          </Alert>
        )}
        {save.isError &&
          (isApiError(save.error) && save.error.code === 'hr.conflict' ? (
            <Alert data-color="warning" role="alert" className="alert">
              <Paragraph>{t('staff.conflict')}</Paragraph>
            </Alert>
          ) : (
            <ErrorAlert error={save.error} />
          ))}
      </div>
    </form>
  );
}
