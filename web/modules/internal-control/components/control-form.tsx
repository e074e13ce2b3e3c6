import { Button, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InternalControlView, Risk } from '#contracts/internal-control.ts';
import { SelectField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import type { Write } from '../internal-control.api.ts';

const empty = { what: '', method: '', scope: '', responsible: '', timing: '', reportPeriod: '' };

/** A new control of a risk in the plan: what, how, scope, who, when, reported in which period. */
export function ControlForm({
  risk,
  periods,
  onWrite,
}: {
  risk: Risk;
  periods: InternalControlView['periods'];
  onWrite: (write: Write) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(empty);
  const id = (name: string) => `ic-control-${risk.id}-${name}`;
  const text = (name: 'what' | 'method' | 'scope' | 'responsible' | 'timing') => {
    const props = {
      id: id(name),
      label: t(`internalControl.controls.${name}`),
      value: draft[name],
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        setDraft({ ...draft, [name]: e.target.value }),
    };
    return name === 'method' ? (
      <TextAreaField key={name} {...props} rows={2} />
    ) : (
      <TextField key={name} {...props} required={name === 'what'} />
    );
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    await onWrite({
      method: 'POST',
      path: `/risks/${risk.id}/controls`,
      body: { ...draft, reportPeriod: draft.reportPeriod || null },
    });
    setDraft(empty);
  };
  return (
    <form className="ic-form" onSubmit={(e) => void submit(e).catch(() => {})}>
      <Heading level={5} data-size="2xs">
        {t('internalControl.controls.addTitle', { process: risk.process })}
      </Heading>
      {text('what')}
      {text('method')}
      {text('scope')}
      {text('responsible')}
      {text('timing')}
      <SelectField
        id={id('period')}
        label={t('internalControl.controls.reportPeriod')}
        value={draft.reportPeriod}
        onChange={(e) => setDraft({ ...draft, reportPeriod: e.target.value })}
      >
        <option value="">{t('internalControl.controls.noPeriod')}</option>
        {periods.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit">{t('internalControl.controls.add')}</Button>
    </form>
  );
}
