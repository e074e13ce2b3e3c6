import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayUnit, EconomyMismatch, EconomyView } from '#contracts/economy.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { formatMoney } from '#web/lib/money.ts';
import type { TableGroup } from './economy.rows.ts';

export type MoneyDisplay = { unit: DisplayUnit; decimals: number };

/**
 * The economy's words and formats in the UI language: amounts in a table's unit and decimals,
 * the checks' codes, the sign convention's formulas, and the module's error codes.
 */
export function useEconomyText(display: MoneyDisplay = { unit: 'mnkr', decimals: 1 }) {
  const { t, i18n } = useTranslation();
  const messages = useMessages();
  const language = i18n.language;
  const { unit, decimals } = display;
  return useMemo(() => {
    const money = (kronor: string) => formatMoney(kronor, { unit, decimals, language });
    return {
      money,
      /** the amount, or the word for a missing one */
      moneyOrMissing: (kronor: string | null) =>
        kronor === null ? t('economy.table.missing') : money(kronor),
      unitName: t(`economy.units.${unit}`),
      /** a finding's printed figure; a row printed without figures has none */
      printed: (mismatch: Pick<EconomyMismatch, 'code' | 'printed'>) =>
        mismatch.code === 'row.without_figures'
          ? t('economy.table.missing')
          : money(mismatch.printed),
      check: (code: EconomyMismatch['code']) =>
        messages.dynamic(`economy.mismatches.codes.${code.replaceAll('.', '_')}`, {}, code),
      /** "budget − outcome" as the API writes a formula, in the UI language */
      term: (formula: string) => messages.dynamic(`economy.formulas.terms.${formula}`, {}, formula),
      error: (error: unknown) =>
        isApiError(error)
          ? messages.dynamic(
              `economy.errors.${error.code.replaceAll('.', '_')}`,
              {},
              messages.error(error),
            )
          : messages.error(error),
    };
  }, [t, messages, language, unit, decimals]);
}

export type EconomyText = ReturnType<typeof useEconomyText>;

/** What every view of one unit's table is drawn from: the view, its row groups and the words. */
export type EconomyViewProps = { view: EconomyView; groups: TableGroup[]; text: EconomyText };

/** Moves focus to a part of the page (a finding in the list) without changing the address. */
export function jumpTo(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}

export const findingId = (index: number) => `economy-finding-${index + 1}`;
