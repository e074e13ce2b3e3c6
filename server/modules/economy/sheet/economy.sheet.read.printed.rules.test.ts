import { describe, expect, test } from 'vitest';
import { Problems } from './economy.sheet.cells.rules.ts';
import { readMeta } from './economy.sheet.header.rules.ts';
import { readEconomySheets } from './economy.sheet.read.rules.ts';
import type { Cell } from './economy.sheet.rules.ts';

/** Reading the headers and rows that real reports print (domain.md §4.3). */

const meta = (convention: string): Cell[][] => [
  ['Enhet', 'Nämnd A'],
  ['År', 2015],
  ['Belopp i', 'mnkr'],
  ['Decimaler', 1],
  ['Teckenkonvention', convention],
  [],
];
const context = { periods: ['T2'], resultUnits: [] };

function read(header: Cell[], rows: Cell[][], convention = 'Intäkter positiva') {
  const problems = new Problems();
  const table = { name: 'Ekonomi', rows: [...meta(convention), header, ...rows] };
  return readEconomySheets([table], readMeta(table, problems), context, problems);
}
const messages = (result: ReturnType<typeof read>) =>
  result.ok ? [] : result.issues.map((issue) => issue.message);
const mn = (text: string) => `${text}00000.00`;

describe('"Återstår" (budget − outcome)', () => {
  const header = ['Verksamhetsområde', 'Rad', 'Budget 2015', 'Bokslut 2015', 'Återstår', 'Typ'];

  test('is the printed deviation of costs and net; of revenues under positive revenues, with its sign turned', () => {
    const result = read(header, [
      ['Område A', 'Kostnader', 31.5, 34.2, -2.7, 'Drift'],
      ['Område A', 'Intäkter', 5, 5.6, -0.6, 'Drift'],
      ['Område A', 'Netto', 26.5, 28.6, -2.1, 'Drift'],
    ]);
    expect(result.ok, messages(result).join('\n')).toBe(true);
    if (!result.ok) return;
    const lines = result.sheet.areas[0]!.lines;
    expect(lines.costs?.deviation).toBe(mn('-27'));
    // revenues positive: deviation = outcome − budget = +0,6 = −Återstår
    expect(lines.revenues?.deviation).toBe(mn('6'));
    expect(lines.net?.deviation).toBe(mn('-21'));
  });

  test('under negative revenues it is every line’s deviation as it stands', () => {
    const result = read(
      header,
      [['SLK', 'Intäkter', -85.2, -212, 126.8, 'Drift']],
      'Intäkter negativa',
    );
    expect(result.ok && result.sheet.areas[0]!.lines.revenues?.deviation).toBe(mn('1268'));
  });

  test('beside an Avvikelse column it is refused: both would be the deviation', () => {
    const result = read([...header, 'Avvikelse'], [['Område A', 'Kostnader', 1, 1, 0, 'Drift', 0]]);
    expect(messages(result).join('\n')).toContain('kolumnen finns redan');
  });

  test('the answer says which header was read as what', () => {
    const result = read(
      [
        'Verksamhetsområde',
        'Rad',
        'Budget 2015',
        'Bokslut 2015',
        'Budgetavvikelse 2015',
        'Bokslut 2014',
        'Prognos T2',
        'Differens mellan åren',
      ],
      [['Område A', 'Kostnader', 1, 1, 0, 1, 1, 0]],
    );
    expect(result.ok && result.columns).toEqual([
      { header: 'Verksamhetsområde', field: 'area', period: null },
      { header: 'Rad', field: 'row', period: null },
      { header: 'Budget 2015', field: 'originalBudget', period: null },
      { header: 'Bokslut 2015', field: 'outcome', period: null },
      { header: 'Budgetavvikelse 2015', field: 'deviation', period: null },
      { header: 'Bokslut 2014', field: 'previousYearOutcome', period: null },
      { header: 'Prognos T2', field: 'forecast', period: 'T2' },
      { header: 'Differens mellan åren', field: 'yearDifference', period: null },
    ]);
  });
});

describe('the result per business area’s rows after the Summa rows', () => {
  test('are read by their printed labels, the closing fund with the year it goes to', () => {
    const header = [
      'Verksamhetsområde',
      'Rad',
      'Budget 2015',
      'Bokslut 2015',
      'Budget avvikelse 2015',
    ];
    const result = read(header, [
      ['Område A', 'Kostnader', 31.5, 34.2, null],
      ['Resultat före bokslutsdisposition', null, 0, 1.7, 1.7],
      ['Ingående resultatfond', null, 6.7, 6.7, 0],
      ['Resultat inkl ingående fond', null, 6.7, 8.4, 1.7],
      ['Utgående resultatfond (överföring till 2016)', null, 6.7, 5.6, -1.1],
      ['Resultat efter bokslutsdisposition', 'Netto', 0, 2.8, 2.8],
    ]);
    expect(result.ok, messages(result).join('\n')).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.sheet.totals)).toEqual([
      'result_before_disposition',
      'opening_fund',
      'result_incl_opening_fund',
      'closing_fund',
      'result_after_disposition',
    ]);
    expect(result.sheet.totals.closing_fund?.net?.outcome).toBe(mn('56'));
    expect(result.sheet.areas.map((a) => a.name)).toEqual(['Område A']);
  });

  test('have only a Netto row', () => {
    const result = read(
      ['Verksamhetsområde', 'Rad', 'Bokslut 2015'],
      [['Ingående resultatfond', 'Kostnader', 6.7]],
    );
    expect(messages(result).join('\n')).toContain('Ingående resultatfond har bara en Netto-rad');
  });
});
