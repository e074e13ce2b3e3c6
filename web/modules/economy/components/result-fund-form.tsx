import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { capBases, type EconomyView, type ResultFundView } from '#contracts/economy.ts';
import { ConflictPanel } from '#web/ui/conflict-panel.tsx';
import { SelectField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import { IssueSummary } from '#web/ui/issue-summary.tsx';
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
  const [open, setOpen] = useState(false);
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
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  const breaches = view.mismatches.filter(
    (m) => m.section === 'result_fund' && m.unitId === unitId,
  );
  const titleId = `fund-form-title-${unitId}`;
  const asValues = (d: FundDraft) =>
    Object.fromEntries(
      fields.map((f) => [f, f === 'capBase' ? t(`economy.form.fund.capBases.${d.capBase}`) : d[f]]),
    );
  const amount = (kronor: string | null) => text.moneyOrMissing(kronor);

  return (
    <div className="economy-form">
      <Button
        type="button"
        variant="secondary"
        aria-expanded={open}
        aria-controls={`fund-form-${unitId}`}
        onClick={() => setOpen((o) => !o)}
      >
        {t('economy.form.fund.toggle', { unit: unitName })}
      </Button>
      <div id={`fund-form-${unitId}`} hidden={!open}>
        {open && (
          <form onSubmit={onSubmit} noValidate className="form" aria-labelledby={titleId}>
            <Heading level={4} data-size="xs" id={titleId}>
              {t('economy.form.fund.title', { unit: unitName, year: view.year })}
            </Heading>
            <Paragraph data-size="sm">
              {t('economy.form.fund.intro', { unit: text.unitName })}
            </Paragraph>
            <IssueSummary
              key={form.attempt}
              items={form.shown.map((s, i) => {
                const known = (fields as readonly string[]).includes(s.path);
                return {
                  key: `${i}-${s.path}`,
                  text: `${known ? label(s.path as Field) : s.path}: ${s.text}`,
                  href: `#${known ? id(s.path) : titleId}`,
                };
              })}
            />
            {form.conflict && (
              <ConflictPanel
                fields={fields.map((key) => ({ key, label: label(key) }))}
                saved={asValues(form.conflict.draft)}
                yours={asValues(draft)}
                savedBy={null}
                savedAt={null}
                onKeepMine={() => void form.keepMine()}
                onTakeSaved={form.takeSaved}
                busy={form.busy}
                headingLevel={5}
              />
            )}
            {fundAmountFields.map((field) => (
              <TextField
                key={field}
                {...bind(field)}
                inputMode="decimal"
                autoComplete="off"
                description={field === 'turnover' ? t('economy.form.amountHint') : undefined}
              />
            ))}
            <SelectField
              id={id('capBase')}
              label={label('capBase')}
              value={draft.capBase}
              error={form.at('capBase')}
              onChange={(e) =>
                setDraft((d) => ({ ...d, capBase: e.target.value as FundDraft['capBase'] }))
              }
            >
              {capBases.map((value) => (
                <option key={value} value={value}>
                  {t(`economy.form.fund.capBases.${value}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              {...bind('closingShareOfBase')}
              inputMode="decimal"
              autoComplete="off"
              description={t('economy.form.fund.shareHint')}
            />
            <TextAreaField {...bind('note')} rows={3} />
            <div className="button-row">
              <Button type="submit" loading={form.busy}>
                {t('economy.form.fund.save')}
              </Button>
            </div>
            <div role="status">
              {form.savedAt && result && (
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
              )}
            </div>
            {form.error !== null && (
              <ErrorAlert error={form.error} describe={text.error} className="" />
            )}
          </form>
        )}
      </div>
    </div>
  );
}
