import type { CarryOverSummary, EconomyTable, PrintedFigures } from '#contracts/economy.printed.ts';
import { parseAmountOrThrow, toMoney } from '#server/modules/economy/economy.money.ts';

/**
 * Economy figures of "Verksamhetsberättelse med bokslut 2015 för Kommunstyrelsen m.m."
 * (seeds/000_309559257fb3423f.txt, transcribed in data/ks-2015.json), as printed: mnkr with one
 * decimal, Swedish form, revenues negative. Nothing here is corrected; the printed figures that
 * do not add up are the point (data/README.md, issues 1-6 and 9).
 */

/** A printed mnkr figure ("1 405,3") as a contract amount in kronor. */
export const mnkr = (printed: string) => toMoney(parseAmountOrThrow(printed, 'mnkr'));

/** One printed line: Justerad budget 2015, Bokfört 151231, Avvikelse VP/prognos. */
const printed = (budget: string, outcome: string, deviation: string): PrintedFigures => ({
  budget: mnkr(budget),
  outcome: mnkr(outcome),
  deviation: mnkr(deviation),
});

/** Stadsledningskontoret's operating table, seed lines 3331-3437. */
export const ks2015OperatingTable: EconomyTable = {
  unit: 'mnkr',
  decimals: 1,
  signConvention: 'revenue_negative',
  rows: [
    {
      area: 'SLK',
      costs: printed('700,7', '778,8', '-78,0'), // line 3337
      revenues: printed('-85,2', '-212,0', '126,8'), // line 3339
      net: printed('615,5', '566,8', '48,8'), // line 3341
    },
    {
      area: 'Stadsövergripande',
      costs: printed('34,9', '22,5', '12,4'), // line 3345
      revenues: printed('0,0', '0,0', '0,0'), // line 3347
      net: printed('34,9', '22,5', '12,4'), // line 3349
    },
    {
      area: 'Centrala och gemensamma IT-lösningar',
      costs: printed('356,0', '369,0', '-13,0'), // line 3355
      revenues: printed('-356,0', '-369,0', '13,0'), // line 3357
      net: printed('0,0', '0,0', '0,0'), // line 3359
    },
    {
      area: 'Politisk organisation',
      costs: printed('151,1', '89,2', '61,8'), // line 3363
      revenues: printed('0,0', '-1,4', '1,4'), // line 3365
      net: printed('151,1', '87,8', '63,3'), // line 3367
    },
    {
      area: 'Omstrukturering',
      costs: printed('7,0', '22,3', '-15,3'), // line 3371
      revenues: printed('0,0', '-1,1', '1,1'), // line 3373
      net: printed('7,0', '21,2', '-14,2'), // line 3375
    },
    {
      area: 'Bidrag',
      costs: printed('595,8', '585,3', '10,6'), // line 3379
      revenues: printed('0,0', '0,0', '0,0'), // line 3381
      net: printed('595,8', '585,3', '10,6'), // line 3383
    },
    {
      area: 'e-Tjänster',
      costs: printed('13,5', '13,6', '-0,1'), // line 3386
      revenues: printed('-13,5', '-11,2', '-2,3'), // line 3388
      net: printed('0,0', '2,4', '-2,4'), // line 3390
    },
    {
      area: 'Digital Förnyelse',
      costs: printed('0,0', '71,3', '-71,3'), // line 3394
      revenues: printed('0,0', '-39,9', '39,9'), // line 3396
      net: printed('0,0', '31,4', '-31,4'), // line 3398
    },
    {
      area: 'Järvalyftet och Söderortsvisionen',
      costs: printed('7,1', '15,1', '-8,0'), // line 3403
      revenues: printed('-7,1', '-8,9', '1,8'), // line 3405
      net: printed('0,0', '6,2', '-6,2'), // line 3407
    },
    {
      area: 'Avskrivningar och internränta',
      costs: printed('1,0', '1,2', '-0,2'), // line 3412
      revenues: printed('0,0', '0,0', '0,0'), // line 3414
      net: printed('1,0', '1,2', '-0,2'), // line 3416
    },
  ],
  // Summa drift
  totals: {
    costs: printed('1 866,1', '1 967,0', '-100,9'), // line 3420, Summa kostnader
    revenues: printed('-460,9', '-643,6', '181,5'), // line 3422, Summa intäkter
    net: printed('1 405,3', '1 323,4', '80,6'), // line 3424, Summa netto
  },
  investments: {
    costs: printed('2,0', '1,5', '0,5'), // line 3430
    revenues: printed('0,0', '0,0', '0,0'), // line 3432
    net: printed('2,0', '1,5', '0,5'), // line 3434
  },
  totalInclInvestments: printed('1 407,3', '1 325,0', '81,1'), // line 3437
};

/** "nettoöverskott på 80,6 miljoner kronor", the operating analysis text (line 3319). */
export const ks2015NetSurplusInText = mnkr('80,6');

const request = (
  purpose: string,
  amount: string,
  amountInDecision: string,
  decisionRef: string,
  category: 'office_surplus' | 'unfinished_project' = 'unfinished_project',
) => ({
  fromYear: 2015,
  toYear: 2016,
  amount: mnkr(amount),
  purpose,
  category,
  decisionRef,
  amountInDecision: mnkr(amountInDecision),
});

/**
 * Ombudgeteringar (lines 3494-3504) with each amount as the decision proposals state it
 * (proposal 2, line 20; proposal 3, lines 26-32 and again at 139).
 */
export const ks2015CarryOver: CarryOverSummary = {
  total: mnkr('78,1'), // line 3496
  requests: [
    request(
      'redovisade överskott för rotlar och partikanslier',
      '46,8',
      '46,8',
      '2',
      'office_surplus',
    ),
    request('central plattformsutveckling', '0,1', '0,1', '3'),
    request('GS IT 2.0', '27,7', '27,6', '3'), // 27,7 at line 3500; 27,6 at lines 28 and 139
    request('utveckling av Jobba smartare', '1,9', '1,9', '3'),
    request('elektroniska blanketter', '1,6', '1,6', '3'),
  ],
};

/** Resultatenheter: Visningsenheten (lines 3443-3447). */
export const ks2015Visningsenheten = {
  surplus2015: mnkr('14,9'),
  accumulatedFromEarlierYears: mnkr('2,2'),
  carriedForwardTo2016: mnkr('2,2'),
  /** "vilket motsvarar 10 procent av enhetens budget" */
  carriedForwardPercentOfBudget: 10,
};

/** KF indicators of the economy, VB 2015 (lines 2152-2172), percent as printed. */
export const ks2015Indicators = {
  budgetAdherenceAfterTransfers: { outcome: '94.18', previousYear: '97.66', target: '100' },
  budgetAdherenceBeforeTransfers: { outcome: '94.2', previousYear: '97.8', target: '100' },
  forecastAccuracyT2: { outcome: '1', previousYear: '-1', target: '+/-1 %' },
};
