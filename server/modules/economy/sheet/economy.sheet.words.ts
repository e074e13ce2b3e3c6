import type {
  AreaKind,
  CapBase,
  CarryOverCategory,
  LineKind,
  SignConvention,
  TotalScope,
} from '#contracts/economy.ts';

/** The Swedish words of the Excel and CSV layout (economy.sheet.rules.ts), in one place. */

export const META = {
  unit: 'Enhet',
  unitId: 'Enhetens id',
  year: 'År',
  amountUnit: 'Belopp i',
  decimals: 'Decimaler',
  convention: 'Teckenkonvention',
  title: 'Tabellrubrik',
  howTo: 'Så läses bladet',
  printedTotal: 'Summa enligt rapporten',
};

export const ROW_KINDS: Record<LineKind, string> = {
  costs: 'Kostnader',
  revenues: 'Intäkter',
  net: 'Netto',
};
export const AREA_KINDS: Record<AreaKind, string> = {
  operating: 'Drift',
  investment: 'Investering',
  large_project: 'Stort projekt',
};
export const CONVENTIONS: Record<SignConvention, string> = {
  revenue_negative: 'Intäkter negativa',
  revenue_positive: 'Intäkter positiva',
};
export const CATEGORIES: Record<CarryOverCategory, string> = {
  office_surplus: 'Överskott för rotlar och partikanslier',
  unfinished_project: 'Ej slutfört projekt',
};
export const CAP_BASES: Record<CapBase, string> = { turnover: 'Omslutning', budget: 'Budget' };
export const TOTAL_LABELS: Record<TotalScope, string> = {
  operating: 'Summa drift',
  including_investments: 'Totalt netto inkl investeringar',
  result_before_disposition: 'Resultat före bokslutsdisposition',
  opening_fund: 'Ingående resultatfond',
  result_incl_opening_fund: 'Resultat inkl ingående fond',
  closing_fund: 'Utgående resultatfond',
  result_after_disposition: 'Resultat efter bokslutsdisposition',
};

/** A total's label as a report prints it: the closing fund names the year it goes to. */
export const totalLabel = (scope: TotalScope, year: number) =>
  scope === 'closing_fund'
    ? `${TOTAL_LABELS.closing_fund} (överföring till ${year + 1})`
    : TOTAL_LABELS[scope];

export const HOW_TO =
  'Netto, Avvikelse och Summa-raderna räknas med formler. En formel där läses inte in; ett tal som skrivs in där sparas som tryckt värde och kontrolleras mot det beräknade. Tomma celler betyder att beloppet saknas.';

export function tableHeaders(year: number, periods: readonly string[]) {
  return {
    area: 'Verksamhetsområde',
    row: 'Rad',
    originalBudget: `Budget ${year}`,
    adjustedBudget: `Justerad budget ${year}`,
    outcome: `Utfall ${year}`,
    forecasts: periods.map((key) => `Prognos ${key}`),
    previousYearOutcome: `Utfall ${year - 1}`,
    deviation: 'Avvikelse',
    kind: 'Typ',
    partOf: 'Del av',
    description: 'Beskrivning',
  };
}

export const CARRY_OVER_HEADERS = {
  purpose: 'Ändamål',
  category: 'Kategori',
  amount: 'Belopp',
  amountInDecision: 'Belopp i beslutet',
  decisionRef: 'Beslutspunkt',
};

export const FUND_HEADERS = {
  unitName: 'Resultatenhet',
  turnover: 'Omslutning',
  budget: 'Budget',
  capBase: 'Takens bas',
  resultBeforeDisposition: 'Resultat före disposition',
  opening: 'Ingående resultatfond',
  surplusOwnAction: 'Överskott av eget handlande',
  used: 'Använt ur fonden',
  closing: 'Utgående resultatfond',
  closingShareOfBase: 'Utgående fond i procent av basen',
  note: 'Kommentar',
};
