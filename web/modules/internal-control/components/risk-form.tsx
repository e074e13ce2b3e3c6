import { Button, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '#contracts/internal-control.ts';
import { SelectField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import type { Write } from '../internal-control.api.ts';

type Draft = {
  process: string;
  description: string;
  probability: string;
  consequence: string;
  inPlan: boolean;
  motivation: string;
};

const draftOf = (risk?: Risk): Draft => ({
  process: risk?.process ?? '',
  description: risk?.description ?? '',
  probability: risk?.probability ? String(risk.probability) : '',
  consequence: risk?.consequence ? String(risk.consequence) : '',
  inPlan: risk?.inPlan ?? false,
  motivation: risk?.motivation ?? '',
});

/** Adds a risk (no `risk`) or changes one; probability and consequence on 1–4 or not assessed. */
export function RiskForm({
  risk,
  idPrefix,
  onWrite,
  onDone,
}: {
  risk?: Risk;
  idPrefix: string;
  onWrite: (write: Write) => Promise<unknown>;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(risk));
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const body = {
      process: draft.process,
      description: draft.description,
      probability: draft.probability ? Number(draft.probability) : null,
      consequence: draft.consequence ? Number(draft.consequence) : null,
      inPlan: draft.inPlan,
      motivation: draft.motivation,
    };
    await onWrite(
      risk
        ? { method: 'PUT', path: `/risks/${risk.id}`, body: { ...body, version: risk.version } }
        : { method: 'POST', path: '/risks', body },
    );
    if (!risk) setDraft(draftOf());
    onDone?.();
  };
  const scale = (id: 'probability' | 'consequence') => (
    <SelectField
      id={`${idPrefix}-${id}`}
      label={t(`internalControl.riskForm.${id}`)}
      value={draft[id]}
      onChange={(e) => set({ [id]: e.target.value })}
    >
      <option value="">{t('internalControl.riskForm.notAssessed')}</option>
      {[1, 2, 3, 4].map((n) => (
        <option key={n} value={String(n)}>
          {n}
        </option>
      ))}
    </SelectField>
  );
  return (
    <form className="ic-form" onSubmit={(e) => void submit(e).catch(() => {})}>
      <Heading level={risk ? 4 : 3} data-size="2xs">
        {risk
          ? t('internalControl.riskForm.editTitle', { process: risk.process })
          : t('internalControl.riskForm.addTitle')}
      </Heading>
      <TextField
        id={`${idPrefix}-process`}
        label={t('internalControl.riskForm.process')}
        value={draft.process}
        onChange={(e) => set({ process: e.target.value })}
        required
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('internalControl.riskForm.description')}
        value={draft.description}
        onChange={(e) => set({ description: e.target.value })}
        rows={2}
      />
      <div className="ic-scales">
        {scale('probability')}
        {scale('consequence')}
      </div>
      <div className="ic-check">
        <input
          type="checkbox"
          id={`${idPrefix}-in-plan`}
          checked={draft.inPlan}
          onChange={(e) => set({ inPlan: e.target.checked })}
        />
        <label htmlFor={`${idPrefix}-in-plan`}>{t('internalControl.riskForm.inPlan')}</label>
      </div>
      <TextAreaField
        id={`${idPrefix}-motivation`}
        label={t('internalControl.riskForm.motivation')}
        value={draft.motivation}
        onChange={(e) => set({ motivation: e.target.value })}
        rows={2}
      />
      <div className="ic-buttons">
        <Button type="submit">
          {risk ? t('internalControl.riskForm.save') : t('internalControl.riskForm.add')}
        </Button>
        {onDone && (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('internalControl.riskForm.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
