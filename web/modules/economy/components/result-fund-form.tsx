import { Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { capBases, type EconomyView, type ResultFundView } from '#contracts/economy.ts';
import { ChoiceField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import { freshEconomy, useSaveResultFund, type EconomyPlace } from '../economy.api.ts';
import {
  fieldId,
  fundAmountFields,
  fundDraft,
  fundInputOf,
  sameFund,
  type FundDraft,
} from '../economy.forms.ts';
import type { EconomyText } from '../economy.messages.ts';
import { useEconomyForm } from '../use-economy-form.ts';
import { EconomyFormShell } from './economy-form-shell.tsx';

type Props = {
  view: EconomyView;
  place: EconomyPlace;
  text: EconomyText;
  unitId: string;
  unitName: string;
};

type Field = keyof FundDraft;
const fields: readonly Field[] = [...fundAmountFields, 'capBase', 'closingShareOfBase', 'note'];

/**
 * A result unit's fund (resultatfond) as far as it is known, saved with its version. The
 * computed closing fund, the caps and their checks come back from the server after the save.
 */
export function ResultFundForm({ view, place, text, unitId, unitName }: Props) {
  const { t } = useTranslation();
  const unit = view.settings.unit;
  const queryClient = useQueryClient();
  const save = useSaveResultFund(place);
  const [result, setResult] = useState<ResultFundView | null>(null);
  const storedOf = (economy: EconomyView) => economy.resultFunds.find((f) => f.unitId === unitId);
  const stored = storedOf(view) ?? null;
  const form = useEconomyForm({
    server: { draft: fundDraft(stored, unit), version: stored?.version ?? 0 },
    same: sameFund,
    prepare: (draft: FundDraft, version) => fundInputOf(draft, unit, version),
    save: async (input) => {
      const saved = await save.mutateAsync({ unitId, input });
      setResult(saved);
      return saved;
    },
    loaded: (saved: ResultFundView) => ({ draft: fundDraft(saved, unit), version: saved.version }),
    fresh: async () => {
      const current = storedOf(await freshEconomy(queryClient, place)) ?? null;
      return { draft: fundDraft(current, unit), version: current?.version ?? 0 };
    },
    unitName: text.unitName,
  });
  const { draft, setDraft } = form;
  const id = (field: string) => fieldId('fund', field, unitId);
  const label = (field: Field) => t(`economy.form.fund.fields.${field}`, { unit: text.unitName });
  const bind = (field: Exclude<Field, 'capBase'>) => ({
    id: id(field),
    label: label(field),
    value: draft[field],
    error: form.at(field),
    onChange: (e: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [field]: e.target.value })),
  });
  const breaches = view.mismatches.filter(
    (m) => m.section === 'result_fund' && m.unitId === unitId,
  );
  const asValues = (d: FundDraft) =>
    Object.fromEntries(
      fields.map((f) => [f, f === 'capBase' ? t(`economy.form.fund.capBases.${d.capBase}`) : d[f]]),
    );
  const amount = (kronor: string | null) => text.moneyOrMissing(kronor);

  const saved = form.savedAt && result && (
    <>
      <Paragraph>{t('economy.form.fund.result')}</Paragraph>
      <ul>
        <li>
          {t('economy.form.fund.computedClosing', {
            amount: amount(result.computedClosing),
            unit: text.unitName,
          })}
        </li>
        <li>
          {t('economy.form.fund.yearlyCap', {
            amount: amount(result.yearlyCap),
            unit: text.unitName,
          })}
        </li>
        <li>
          {t('economy.form.fund.accumulatedCap', {
            amount: amount(result.accumulatedCap),
            unit: text.unitName,
          })}
        </li>
        <li>
          {breaches.length === 0
            ? t('economy.form.fund.noBreaches')
            : t('economy.form.fund.breaches', {
                count: breaches.length,
                checks: breaches.map((b) => text.check(b.code)).join('; '),
              })}
        </li>
      </ul>
    </>
  );
  return (
    <EconomyFormShell
      id={`fund-form-${unitId}`}
      toggleText={t('economy.form.fund.toggle', { unit: unitName })}
      title={t('economy.form.fund.title', { unit: unitName, year: view.year })}
      level={4}
      intro={t('economy.form.fund.intro', { unit: text.unitName })}
      saveText={t('economy.form.fund.save')}
      status={saved}
      form={form}
      fieldOf={(path) =>
        (fields as readonly string[]).includes(path)
          ? { label: label(path as Field), id: id(path) }
          : { label: path, id: null }
      }
      conflict={
        form.conflict && {
          fields: fields.map((key) => ({ key, label: label(key) })),
          saved: asValues(form.conflict.draft),
          yours: asValues(draft),
        }
      }
      text={text}
    >
      {fundAmountFields.map((field) => (
        <TextField
          key={field}
          {...bind(field)}
          inputMode="decimal"
          autoComplete="off"
          description={field === 'turnover' ? t('economy.form.amountHint') : undefined}
        />
      ))}
      <ChoiceField
        id={id('capBase')}
        label={label('capBase')}
        choices={capBases}
        choiceLabel={(value) => t(`economy.form.fund.capBases.${value}`)}
        value={draft.capBase}
        error={form.at('capBase')}
        onChange={(capBase) => capBase && setDraft((d) => ({ ...d, capBase }))}
      />
      <TextField
        {...bind('closingShareOfBase')}
        inputMode="decimal"
        autoComplete="off"
        description={t('economy.form.fund.shareHint')}
      />
      <TextAreaField {...bind('note')} rows={3} />
    </EconomyFormShell>
  );
}
