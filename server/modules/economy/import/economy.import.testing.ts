import type {
  EconomySheet,
  SheetAmounts,
  SheetArea,
  SheetFund,
} from '../sheet/economy.sheet.rules.ts';
import { blankFund } from './economy.export.usecases.ts';

/** Economy sheets to plan imports with: two operating areas of Stadsledningskontoret, 2015. */

export const amounts = (
  outcome: string | null,
  forecasts: [string, string][] = [],
): SheetAmounts => ({
  originalBudget: '100.00',
  adjustedBudget: null,
  outcome,
  previousYearOutcome: null,
  deviation: null,
  forecasts: new Map(forecasts),
});

export const area = (name: string, over: Partial<SheetArea> = {}): SheetArea => ({
  name,
  kind: 'operating',
  partOf: null,
  description: '',
  lines: { costs: amounts('90.00'), revenues: amounts('-10.00') },
  ...over,
});

export const fund = (over: Partial<SheetFund> = {}): SheetFund => ({
  ...blankFund('Visningsenheten', 'turnover'),
  ...over,
});

export const sheet = (over: Partial<EconomySheet> = {}): EconomySheet => ({
  unit: { id: null, name: 'Stadsledningskontoret' },
  year: 2015,
  settings: { title: '', signConvention: 'revenue_negative', unit: 'mnkr', decimals: 1 },
  periods: ['T2'],
  areas: [area('Äldreomsorg'), area('Skola')],
  totals: {},
  carryOvers: null,
  funds: null,
  ...over,
});
