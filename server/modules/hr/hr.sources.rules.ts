import type { FeedbackYear } from '#contracts/feedback.ts';
import type { IndicatorFormula } from '#contracts/formulas.ts';
import type { ComputedStaff } from '#contracts/hr.ts';
import { feedbackTotals } from '../feedback/feedback.rules.ts';

/**
 * Indicators computed from staff figures and feedback (the formula kinds "staff" and "feedback",
 * beside the economy's; decision 004): what the unit's figures give for a source, or why nothing.
 * Pure. Staff figures are the unit's subtree rolled up; feedback is the unit's own.
 */

export type SourceFormula = Extract<IndicatorFormula, { kind: 'staff' | 'feedback' }>;

export interface FormulaSources {
  /** the roll-up of the unit's subtree; null when no unit in it has figures for the year */
  staff: ComputedStaff | null;
  /** the index names of the year, for the texts */
  indexNames: Record<string, string>;
  feedback: FeedbackYear | null;
}

const staffWords: Record<SourceFormula['source'], string> = {
  'hr.sickLeave.total': 'sjukfrånvaro totalt (sjuktimmar / schemalagd tid), i procent',
  'hr.sickLeave.short': 'sjukfrånvaro dag 1–14, i procent',
  'hr.sickLeave.long': 'sjukfrånvaro dag 15–, i procent',
  'hr.sickLeave.women': 'sjukfrånvaro kvinnor, i procent',
  'hr.sickLeave.men': 'sjukfrånvaro män, i procent',
  'hr.headcount': 'antal anställda',
  'hr.annualEmployees': 'antal årsarbetare',
  'hr.shareWomen': 'andel kvinnor, i procent',
  'hr.shareMen': 'andel män, i procent',
  'hr.turnover': 'personalomsättning (avgångar / medelantal anställda), i procent',
  'hr.index': 'index i medarbetarenkäten',
  'feedback.complaints': 'antal klagomål',
  'feedback.praise': 'antal positiva synpunkter',
  'feedback.suggestions': 'antal förbättringsförslag',
  'feedback.total': 'antal synpunkter (klagomål + positiva + förbättringsförslag)',
  'feedback.survey.satisfied': 'andel nöjda i undersökningen, i procent',
  'feedback.survey.responseRate': 'svarsfrekvens i undersökningen, i procent',
};

/** The formula in Swedish, as the follow-up shows it beside the computed outcome. */
export function sourceText(formula: SourceFormula): string {
  const words = staffWords[formula.source];
  if (formula.kind === 'staff')
    return formula.source === 'hr.index'
      ? `${words} "${formula.index ?? ''}" (personalnyckeltal)`
      : `${words} (personalnyckeltal)`;
  return formula.survey ? `${words} "${formula.survey}"` : words;
}

/** An outcome decimal: at most six decimals, trailing zeros dropped. */
export const outcomeDecimal = (value: number) => value.toFixed(6).replace(/\.?0+$/, '') || '0';

const staffValue = (formula: Extract<SourceFormula, { kind: 'staff' }>, s: ComputedStaff) => {
  switch (formula.source) {
    case 'hr.sickLeave.total':
      return s.sickTotal;
    case 'hr.sickLeave.short':
      return s.sickShort;
    case 'hr.sickLeave.long':
      return s.sickLong;
    case 'hr.sickLeave.women':
      return s.sickWomen;
    case 'hr.sickLeave.men':
      return s.sickMen;
    case 'hr.headcount':
      return s.headcount;
    case 'hr.annualEmployees':
      return s.annualEmployees;
    case 'hr.shareWomen':
      return s.shareWomen;
    case 'hr.shareMen':
      return s.shareMen;
    case 'hr.turnover':
      return s.turnover;
    case 'hr.index':
      return s.indices.find((i) => i.key === formula.index)?.value ?? null;
  }
};

const feedbackValue = (
  formula: Extract<SourceFormula, { kind: 'feedback' }>,
  year: FeedbackYear,
): number | null => {
  const totals = feedbackTotals(year);
  const survey = year.surveys.find((s) => s.name === formula.survey);
  switch (formula.source) {
    case 'feedback.complaints':
      return totals.complaint;
    case 'feedback.praise':
      return totals.praise;
    case 'feedback.suggestions':
      return totals.suggestion;
    case 'feedback.total':
      return totals.total;
    case 'feedback.survey.satisfied':
      return survey?.satisfiedShare ?? null;
    case 'feedback.survey.responseRate':
      return survey?.responseRate ?? null;
  }
};

/** The source's value for the unit's year, or what is missing, in Swedish. */
export function evaluateSource(
  formula: SourceFormula,
  sources: FormulaSources | undefined,
): { value: string | null; missing: string[] } {
  if (formula.kind === 'staff') {
    if (!sources?.staff)
      return { value: null, missing: ['inga personalnyckeltal är registrerade för året'] };
    const value = staffValue(formula, sources.staff);
    return value === null
      ? {
          value: null,
          missing: [`${staffWords[formula.source]} (något antal eller timmar saknas)`],
        }
      : { value: outcomeDecimal(value), missing: [] };
  }
  if (!sources?.feedback)
    return {
      value: null,
      missing: ['inga synpunkter eller undersökningar är registrerade för året'],
    };
  const value = feedbackValue(formula, sources.feedback);
  return value === null
    ? { value: null, missing: [`${sourceText(formula)} finns inte`] }
    : { value: outcomeDecimal(value), missing: [] };
}
