/**
 * The forms of the economy page: carry-over requests (ombudgeteringar) and a result unit's
 * fund. A draft holds what is typed, as text; turning it into the contract's input parses every
 * amount in the table's unit exactly (economy.amount.ts) and names each problem by the same
 * path the server would (`requests.0.amount`), so that both are shown at the field.
 */
import type {
  CapBase,
  CarryOverCategory,
  CarryOversInput,
  EconomyView,
  ResultFundView,
  ResultFundWrite,
} from '#contracts/economy.ts';
import type { MoneyUnit } from '#web/lib/money.ts';
import {
  amountInput,
  parseAmount,
  parsePercent,
  percentInput,
  type AmountProblem,
} from './economy.amount.ts';

/** A problem found before sending: the field's path and what is wrong. */
export type FormProblem = {
  path: string;
  problem: AmountProblem | 'required' | 'positive' | 'not_negative' | 'percent';
};

export type Prepared<Input> =
  { kind: 'input'; input: Input } | { kind: 'problems'; problems: FormProblem[] };

// ── Carry-over requests ───────────────────────────────────────────────────────────────────────

export type CarryOverRow = {
  /** a key for React that survives removing rows above */
  key: string;
  purpose: string;
  category: CarryOverCategory;
  amount: string;
  decisionRef: string;
  amountInDecision: string;
};

export type CarryOverDraft = { printedTotal: string; rows: CarryOverRow[] };

let rowCount = 0;
export const rowKey = () => `row-${++rowCount}`;

export const emptyCarryOverRow = (): CarryOverRow => ({
  key: rowKey(),
  purpose: '',
  category: 'unfinished_project',
  amount: '',
  decisionRef: '',
  amountInDecision: '',
});

/** The stored requests as the form shows them, amounts in the table's unit. */
export function carryOverDraft(
  carryOvers: EconomyView['carryOvers'],
  unit: MoneyUnit,
): CarryOverDraft {
  return {
    printedTotal: amountInput(carryOvers.printedTotal, unit),
    rows: carryOvers.requests.map((request) => ({
      key: rowKey(),
      purpose: request.purpose,
      category: request.category,
      amount: amountInput(request.amount, unit),
      decisionRef: request.decisionRef ?? '',
      amountInDecision: amountInput(request.amountInDecision, unit),
    })),
  };
}

const rowValues = ({ key: _key, ...row }: CarryOverRow) => row;

/** Whether two drafts say the same (row keys aside). */
export function sameCarryOvers(a: CarryOverDraft, b: CarryOverDraft): boolean {
  return (
    a.printedTotal.trim() === b.printedTotal.trim() &&
    a.rows.length === b.rows.length &&
    a.rows.every(
      (row, i) => JSON.stringify(rowValues(row)) === JSON.stringify(rowValues(b.rows[i]!)),
    )
  );
}

const isPositive = (kronor: string) => !kronor.startsWith('-') && /[1-9]/.test(kronor);

/** An amount field: the kronor, or null when empty, with a problem added when it is wrong. */
function amountOf(
  text: string,
  unit: MoneyUnit,
  path: string,
  problems: FormProblem[],
  need: { required?: boolean; positive?: boolean; notNegative?: boolean } = {},
): string | null {
  const parsed = parseAmount(text, unit);
  if (parsed.kind === 'problem') {
    problems.push({ path, problem: parsed.problem });
    return null;
  }
  if (parsed.kind === 'empty') {
    if (need.required) problems.push({ path, problem: 'required' });
    return null;
  }
  if (need.positive && !isPositive(parsed.kronor)) problems.push({ path, problem: 'positive' });
  if (need.notNegative && parsed.kronor.startsWith('-'))
    problems.push({ path, problem: 'not_negative' });
  return parsed.kronor;
}

/** The request body for the draft, or every problem that stops it being sent. */
export function carryOversInputOf(
  draft: CarryOverDraft,
  unit: MoneyUnit,
  version: number,
): Prepared<CarryOversInput> {
  const problems: FormProblem[] = [];
  const printedTotal = amountOf(draft.printedTotal, unit, 'printedTotal', problems);
  const requests = draft.rows.map((row, i) => {
    const at = `requests.${i}`;
    if (row.purpose.trim() === '') problems.push({ path: `${at}.purpose`, problem: 'required' });
    const amount = amountOf(row.amount, unit, `${at}.amount`, problems, {
      required: true,
      positive: true,
    });
    const amountInDecision = amountOf(
      row.amountInDecision,
      unit,
      `${at}.amountInDecision`,
      problems,
    );
    return {
      purpose: row.purpose.trim(),
      category: row.category,
      amount: amount ?? '',
      decisionRef: row.decisionRef.trim() === '' ? null : row.decisionRef.trim(),
      amountInDecision,
    };
  });
  if (problems.length > 0) return { kind: 'problems', problems };
  return { kind: 'input', input: { printedTotal, requests, version } };
}

/**
 * A draft laid out flat for comparing two versions side by side: the printed total, then one
 * line per request ("Purpose · category · amount · decision point · decision's amount").
 */
export function flatCarryOvers(
  draft: CarryOverDraft,
  count: number,
  category: (value: CarryOverCategory) => string,
): Record<string, string | null> {
  const flat: Record<string, string | null> = { printedTotal: draft.printedTotal || null };
  for (let i = 0; i < count; i++) {
    const row = draft.rows[i];
    flat[`request${i + 1}`] = row
      ? [row.purpose, category(row.category), row.amount, row.decisionRef, row.amountInDecision]
          .map((part) => part.trim() || '–')
          .join(' · ')
      : null;
  }
  return flat;
}

// ── A result unit's fund ──────────────────────────────────────────────────────────────────────

export const fundAmountFields = [
  'turnover',
  'budget',
  'resultBeforeDisposition',
  'opening',
  'surplusOwnAction',
  'used',
  'closing',
] as const;
export type FundAmountField = (typeof fundAmountFields)[number];

export type FundDraft = Record<FundAmountField, string> & {
  capBase: CapBase;
  closingShareOfBase: string;
  note: string;
};

export type FundStored = Pick<
  ResultFundView,
  FundAmountField | 'capBase' | 'closingShareOfBase' | 'note'
>;

/** The fund as the form shows it, amounts in the table's unit; empty when nothing is stored. */
export function fundDraft(fund: FundStored | null, unit: MoneyUnit): FundDraft {
  const amounts = Object.fromEntries(
    fundAmountFields.map((field) => [field, amountInput(fund?.[field] ?? null, unit)]),
  ) as Record<FundAmountField, string>;
  return {
    ...amounts,
    capBase: fund?.capBase ?? 'turnover',
    closingShareOfBase: percentInput(fund?.closingShareOfBase ?? null),
    note: fund?.note ?? '',
  };
}

export const sameFund = (a: FundDraft, b: FundDraft): boolean =>
  (Object.keys(a) as (keyof FundDraft)[]).every((key) => a[key].trim() === b[key].trim());

export function fundInputOf(
  draft: FundDraft,
  unit: MoneyUnit,
  version: number,
): Prepared<ResultFundWrite> {
  const problems: FormProblem[] = [];
  const amounts = Object.fromEntries(
    fundAmountFields.map((field) => [
      field,
      amountOf(draft[field], unit, field, problems, { notNegative: field === 'used' }),
    ]),
  ) as Record<FundAmountField, string | null>;
  const share = parsePercent(draft.closingShareOfBase);
  if (share.kind === 'problem') problems.push({ path: 'closingShareOfBase', problem: 'percent' });
  if (problems.length > 0) return { kind: 'problems', problems };
  return {
    kind: 'input',
    input: {
      ...amounts,
      capBase: draft.capBase,
      closingShareOfBase: share.kind === 'percent' ? share.value : null,
      note: draft.note.trim(),
      version,
    },
  };
}

// ── Where a problem is shown ──────────────────────────────────────────────────────────────────

/** The id of a field's control, from its path: `requests.0.amount` → `carry-over-requests-0-amount`. */
export const fieldId = (form: 'carry-over' | 'fund', path: string, unitId = '') =>
  `${form}${unitId ? `-${unitId}` : ''}-${path.replaceAll('.', '-')}`;

/**
 * The economy contract's checks (by their issue codes) that the forms say in their own words,
 * by the key of their text under `economy.form.problems`.
 */
const serverCodes: Partial<Record<string, FormProblem['problem']>> = {
  'economy.positive_amount': 'positive',
  'economy.not_negative': 'not_negative',
  'economy.money': 'format',
  'economy.percent': 'percent',
  required: 'required',
};

/** The form's own word for a server issue, when it has one. */
export const problemOfIssue = (issue: { code?: string }): FormProblem['problem'] | undefined =>
  issue.code === undefined ? undefined : serverCodes[issue.code];
