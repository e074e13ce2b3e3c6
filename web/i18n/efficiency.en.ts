import type { efficiencySv } from './efficiency.sv.ts';
import type { Strings } from './en.ts';

/** Cost and quality: each area of activity's net cost beside its goals and indicators. */
export const efficiencyEn: Strings<typeof efficiencySv> = {
  nav: 'Cost and quality',
  title: 'Cost and quality',
  titleFull: 'Cost and quality – {{unit}} {{year}}',
  intro:
    'Each area of activity’s net cost beside the goals and indicators it belongs to. Where an indicator counts the area’s output, the net cost per unit of output is shown.',
  legend: 'Which unit, year and period',
  year: 'Year',
  unit: 'Unit',
  chooseUnit: 'Choose a unit',
  chooseUnitText: 'Choose a unit to see its cost and quality.',
  period: 'Period',
  noYears: 'There are no budget years yet.',
  empty: '{{unit}} has no areas of activity in its economy for {{year}}.',
  caption: 'Net cost, goals and indicators per area of activity, {{unit}}, {{period}}',
  colArea: 'Area of activity',
  colBudget: 'Net cost, budget ({{unit}})',
  colOutcome: 'Net cost, outcome ({{unit}})',
  colForecast: 'Net cost, full-year forecast {{period}} ({{unit}})',
  colGoals: 'Goals and assessment',
  colIndicators: 'Indicators: outcome (target)',
  colCost: 'Net cost per unit of output',
  partOf: 'Of which {{name}}',
  notLinked: 'Not linked',
  assessment: {
    helt: 'fully met',
    delvis: 'partly met',
    inte: 'not met',
    none: 'not assessed',
  },
  suggestion: 'the evidence suggests: {{value}}',
  target: 'target {{value}}',
  noOutcome: 'no outcome',
  computed: 'computed from the economy',
  noCost: 'None: {{reason}}',
  missingAmount: 'missing',
  links: {
    title: 'Link areas of activity to goals and indicators',
    intro:
      'Choose which goals and indicators of the unit’s report belong to the area. Mark an indicator that counts the area’s output (cases handled, for example) to get a cost per unit of output.',
    area: 'Area of activity',
    goals: 'Goals the area contributes to',
    indicators: 'Indicators that measure the area',
    countsOutput: 'counts output',
    countsOutputLabel: '{{name}} counts the area’s output',
    none: 'The unit’s report has none for the year.',
    save: 'Save the links',
    saved: 'The links of {{area}} are saved.',
  },
};
