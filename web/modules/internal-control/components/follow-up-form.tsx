import { Button, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Control, InternalControlView } from '#contracts/internal-control.ts';
import { DateField, SelectField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import type { Write } from '../internal-control.api.ts';

const draftOf = (control: Control, periodKey: string) => {
  const stored = control.followUps.find((f) => f.periodKey === periodKey);
  return {
    performed: stored?.performed ?? false,
    result: stored?.result ?? '',
    deviations: stored?.deviations ?? '',
    measures: stored?.measures ?? '',
    measuresDone: stored?.measuresDone ?? false,
    responsible: stored?.responsible ?? '',
    date: stored?.date ?? '',
    version: stored?.version ?? 0,
  };
};

/** The follow-up of one control in a period (the control's own period first). */
export function FollowUpForm({
  control,
  periods,
  onWrite,
}: {
  control: Control;
  periods: InternalControlView['periods'];
  onWrite: (write: Write) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [periodKey, setPeriodKey] = useState(control.reportPeriod ?? periods.at(-1)?.key ?? 'VB');
  const [draft, setDraft] = useState(() => draftOf(control, periodKey));
  const [status, setStatus] = useState<string | null>(null);
  const id = (name: string) => `ic-follow-${control.id}-${name}`;
  const choosePeriod = (key: string) => {
    setPeriodKey(key);
    setDraft(draftOf(control, key));
    setStatus(null);
  };
  const text = (name: 'result' | 'deviations' | 'measures') => (
    <TextAreaField
      id={id(name)}
      label={t(`internalControl.followUp.${name}`)}
      value={draft[name]}
      onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
      rows={2}
    />
  );
  const check = (name: 'performed' | 'measuresDone') => (
    <div className="ic-check">
      <input
        type="checkbox"
        id={id(name)}
        checked={draft[name]}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.checked })}
      />
      <label htmlFor={id(name)}>{t(`internalControl.followUp.${name}`)}</label>
    </div>
  );
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    await onWrite({
      method: 'PUT',
      path: `/controls/${control.id}/follow-ups/${periodKey}`,
      body: { ...draft, date: draft.date || null },
    });
    setDraft((d) => ({ ...d, version: d.version + 1 }));
    const name = periods.find((p) => p.key === periodKey)?.name ?? periodKey;
    setStatus(t('internalControl.followUp.saved', { period: name }));
  };
  return (
    <form className="ic-form" onSubmit={(e) => void submit(e).catch(() => {})}>
      <Heading level={5} data-size="2xs">
        {t('internalControl.followUp.title', { control: control.what })}
      </Heading>
      <SelectField
        id={id('period')}
        label={t('internalControl.followUp.period')}
        value={periodKey}
        onChange={(e) => choosePeriod(e.target.value)}
      >
        {periods.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name}
          </option>
        ))}
      </SelectField>
      {check('performed')}
      {text('result')}
      {text('deviations')}
      {text('measures')}
      {check('measuresDone')}
      <TextField
        id={id('responsible')}
        label={t('internalControl.followUp.responsible')}
        value={draft.responsible}
        onChange={(e) => setDraft({ ...draft, responsible: e.target.value })}
      />
      <DateField
        id={id('date')}
        label={t('internalControl.followUp.date')}
        value={draft.date}
        onChange={(e) => setDraft({ ...draft, date: e.target.value })}
      />
      <Button type="submit">{t('internalControl.followUp.save')}</Button>
      <LiveStatus message={status} />
    </form>
  );
}
