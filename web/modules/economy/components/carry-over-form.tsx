import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { carryOverCategories, type EconomyView } from '#contracts/economy.ts';
import { ChoiceField, TextField } from '#web/ui/fields.tsx';
import { freshEconomy, useSaveCarryOvers, type EconomyPlace } from '../economy.api.ts';
import { parseAmount, sumKronor } from '../economy.amount.ts';
import {
  carryOverDraft,
  carryOversInputOf,
  emptyCarryOverRow,
  fieldId,
  flatCarryOvers,
  sameCarryOvers,
  type CarryOverDraft,
  type CarryOverRow,
} from '../economy.forms.ts';
import type { EconomyText } from '../economy.messages.ts';
import { useEconomyForm } from '../use-economy-form.ts';
import { EconomyFormShell } from './economy-form-shell.tsx';

type Props = { view: EconomyView; place: EconomyPlace; text: EconomyText };

const id = (path: string) => fieldId('carry-over', path);

/**
 * The ombudgeteringar edited as a whole: add, change and remove requests, the printed total,
 * saved at once with the version they were read at. For those who may write the unit's economy.
 */
export function CarryOverForm({ view, place, text }: Props) {
  const { t } = useTranslation();
  const unit = view.settings.unit;
  const queryClient = useQueryClient();
  const save = useSaveCarryOvers(place);
  // the field to focus once it is drawn (a request just added)
  const focusPath = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const form = useEconomyForm({
    server: { draft: carryOverDraft(view.carryOvers, unit), version: view.carryOvers.version },
    same: sameCarryOvers,
    prepare: (draft: CarryOverDraft, version) => carryOversInputOf(draft, unit, version),
    save: (input) => save.mutateAsync(input),
    loaded: (saved: EconomyView) => ({
      draft: carryOverDraft(saved.carryOvers, unit),
      version: saved.carryOvers.version,
    }),
    fresh: async () => {
      const current = await freshEconomy(queryClient, place);
      return {
        draft: carryOverDraft(current.carryOvers, unit),
        version: current.carryOvers.version,
      };
    },
    unitName: text.unitName,
  });
  const { draft, setDraft } = form;

  useEffect(() => {
    if (!focusPath.current) return;
    document.getElementById(id(focusPath.current))?.focus();
    focusPath.current = null;
  });

  const category = (value: CarryOverRow['category']) => t(`economy.carryOvers.categories.${value}`);
  const setRow = (index: number, patch: Partial<CarryOverRow>) =>
    setDraft((d) => ({
      ...d,
      rows: d.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  const addRow = () => {
    setDraft((d) => ({ ...d, rows: [...d.rows, emptyCarryOverRow()] }));
    focusPath.current = `requests.${draft.rows.length}.purpose`;
  };
  const removeRow = (index: number) => {
    setDraft((d) => ({ ...d, rows: d.rows.filter((_, i) => i !== index) }));
    addButton.current?.focus();
  };

  const typed = draft.rows
    .map((row) => parseAmount(row.amount, unit))
    .flatMap((parsed) => (parsed.kind === 'amount' ? [parsed.kronor] : []));
  const typedTotal = sumKronor(typed);
  const fieldLabel = (path: string): string => {
    const [, index, field] = /^requests\.(\d+)\.(\w+)/.exec(path) ?? [];
    if (index === undefined || field === undefined)
      return t('economy.form.carryOvers.printedTotal', { unit: text.unitName });
    return t('economy.form.carryOvers.fieldOf', {
      number: Number(index) + 1,
      field: t(`economy.form.carryOvers.fields.${field as 'amount'}`, { unit: text.unitName }),
    });
  };
  const known = (path: string) =>
    path === 'printedTotal' ||
    /^requests\.\d+\.(purpose|category|amount|decisionRef|amountInDecision)$/.test(path);
  const count = Math.max(draft.rows.length, form.conflict?.draft.rows.length ?? 0);
  const conflictFields = [
    {
      key: 'printedTotal',
      label: t('economy.form.carryOvers.printedTotal', { unit: text.unitName }),
    },
    ...Array.from({ length: count }, (_, i) => ({
      key: `request${i + 1}`,
      label: t('economy.form.carryOvers.request', { number: i + 1 }),
    })),
  ];

  return (
    <EconomyFormShell
      id="carry-over-form"
      toggleText={t('economy.form.carryOvers.toggle')}
      title={t('economy.form.carryOvers.title', { from: view.year, to: view.year + 1 })}
      level={3}
      intro={t('economy.form.carryOvers.intro', { unit: text.unitName })}
      saveText={t('economy.form.carryOvers.save')}
      status={form.savedAt && !form.dirty && <Paragraph>{t('economy.form.saved')}</Paragraph>}
      form={form}
      fieldOf={(path) => ({ label: fieldLabel(path), id: known(path) ? id(path) : null })}
      conflict={
        form.conflict && {
          fields: conflictFields,
          saved: flatCarryOvers(form.conflict.draft, count, category),
          yours: flatCarryOvers(draft, count, category),
        }
      }
      text={text}
    >
      {draft.rows.length === 0 && <Paragraph>{t('economy.carryOvers.none')}</Paragraph>}
      {draft.rows.map((row, index) => {
        const at = (field: string) => `requests.${index}.${field}`;
        return (
          <fieldset key={row.key} className="economy-form__request">
            <legend>{t('economy.form.carryOvers.request', { number: index + 1 })}</legend>
            <TextField
              id={id(at('purpose'))}
              label={t('economy.form.carryOvers.fields.purpose')}
              value={row.purpose}
              error={form.at(at('purpose'))}
              onChange={(e) => setRow(index, { purpose: e.target.value })}
            />
            <ChoiceField
              id={id(at('category'))}
              label={t('economy.form.carryOvers.fields.category')}
              choices={carryOverCategories}
              choiceLabel={category}
              value={row.category}
              error={form.at(at('category'))}
              onChange={(value) => value && setRow(index, { category: value })}
            />
            <TextField
              id={id(at('amount'))}
              label={t('economy.form.carryOvers.fields.amount', { unit: text.unitName })}
              description={t('economy.form.amountHint')}
              inputMode="decimal"
              autoComplete="off"
              value={row.amount}
              error={form.at(at('amount'))}
              onChange={(e) => setRow(index, { amount: e.target.value })}
            />
            <TextField
              id={id(at('decisionRef'))}
              label={t('economy.form.carryOvers.fields.decisionRef')}
              value={row.decisionRef}
              error={form.at(at('decisionRef'))}
              onChange={(e) => setRow(index, { decisionRef: e.target.value })}
            />
            <TextField
              id={id(at('amountInDecision'))}
              label={t('economy.form.carryOvers.fields.amountInDecision', {
                unit: text.unitName,
              })}
              inputMode="decimal"
              autoComplete="off"
              value={row.amountInDecision}
              error={form.at(at('amountInDecision'))}
              onChange={(e) => setRow(index, { amountInDecision: e.target.value })}
            />
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() => removeRow(index)}
            >
              {t('economy.form.carryOvers.remove', { number: index + 1 })}
            </Button>
          </fieldset>
        );
      })}
      <div className="button-row">
        <Button type="button" variant="secondary" ref={addButton} onClick={addRow}>
          {t('economy.form.carryOvers.add')}
        </Button>
      </div>
      <Paragraph data-size="sm">
        {t('economy.form.carryOvers.typedTotal', {
          total: typedTotal === null ? '–' : text.money(typedTotal),
          unit: text.unitName,
        })}
      </Paragraph>
      <TextField
        id={id('printedTotal')}
        label={t('economy.form.carryOvers.printedTotal', { unit: text.unitName })}
        description={t('economy.form.carryOvers.printedTotalHint')}
        inputMode="decimal"
        autoComplete="off"
        value={draft.printedTotal}
        error={form.at('printedTotal')}
        onChange={(e) => setDraft((d) => ({ ...d, printedTotal: e.target.value }))}
      />
    </EconomyFormShell>
  );
}
