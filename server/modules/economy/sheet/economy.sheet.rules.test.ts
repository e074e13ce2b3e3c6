import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DisplayUnit, LineKind, Money } from '#contracts/economy.ts';
import { readCsv, readXlsx, writeCsv, writeXlsx } from './economy.sheet.files.ts';
import { parseAmount, toMoney } from '../economy.money.ts';
import { numberText, plainAmount, Problems, readAmount } from './economy.sheet.cells.rules.ts';
import { classifyHeader, readMeta } from './economy.sheet.header.rules.ts';
import { emptyAmounts, readEconomySheets } from './economy.sheet.read.rules.ts';
import {
  economySheets,
  type EconomySheet,
  type Sheet,
  type SheetAmounts,
  type SheetArea,
} from './economy.sheet.rules.ts';

/** What readAmount gives for a cell it reads: the amount, or null for none. */
const amountOf = (value: string | null) => ({ ok: true, value });
/** What readAmount gives for a cell it refuses, and why. */
const refusal = (message: string) => ({ ok: false, message });

const periods = ['T1', 'T2'];
const context = { periods, resultUnits: ['Enhet R'] };

/** Read the sheets back, as an import does. */
function readBack(sheets: Sheet[]) {
  const problems = new Problems();
  const table = sheets.find((s) => s.name === 'Ekonomi')!;
  const meta = readMeta(table, problems);
  return readEconomySheets(sheets, meta, context, problems);
}

const amounts = (values: Partial<SheetAmounts>): SheetAmounts => ({
  ...emptyAmounts(),
  ...values,
});

const sample: EconomySheet = {
  unit: { id: null, name: 'Nämnd A' },
  year: 2015,
  settings: { title: 'Nämnd A', signConvention: 'revenue_negative', unit: 'mnkr', decimals: 1 },
  periods,
  areas: [
    {
      name: 'Område A',
      kind: 'operating',
      partOf: null,
      description: '',
      lines: {
        costs: amounts({
          adjustedBudget: '31500000.00',
          outcome: '34200000.00',
          forecasts: new Map([['T2', '33000000.00']]),
        }),
        revenues: amounts({
          adjustedBudget: '-5000000.00',
          outcome: '-5600000.00',
          deviation: '600000.00',
        }),
      },
    },
    {
      name: 'Varav A1',
      kind: 'operating',
      partOf: 'Område A',
      description: '',
      lines: { costs: amounts({ outcome: '0.01' }) },
    },
    { name: '=Investeringar', kind: 'investment', partOf: null, description: '', lines: {} },
    {
      name: 'Projekt',
      kind: 'large_project',
      partOf: null,
      description: 'Text, med "citat"; och semikolon',
      lines: {},
    },
  ],
  totals: { operating: { net: amounts({ outcome: '28600000.00', deviation: '-2100000.00' }) } },
  carryOvers: {
    printedTotal: '1000000.00',
    requests: [
      {
        purpose: 'Projekt X',
        category: 'unfinished_project',
        amount: '1000000.00',
        amountInDecision: null,
        decisionRef: '3',
      },
    ],
  },
  funds: [
    {
      unitName: 'Enhet R',
      turnover: '190000000.00',
      budget: null,
      capBase: 'turnover',
      resultBeforeDisposition: '1700000.00',
      opening: '6700000.00',
      surplusOwnAction: '800000.00',
      used: '1900000.00',
      closing: '5600000.00',
      closingShareOfBase: '2.95',
      note: '',
    },
  ],
};

describe('the sheet layout', () => {
  test('reads back what it writes, in memory, as an Excel workbook and as CSV', async () => {
    const sheets = economySheets(sample, null);
    expect(readBack(sheets)).toMatchObject({ ok: true, sheet: sample, rows: 16 });
    const xlsx = await readXlsx(await writeXlsx(sheets, { decimals: 1, headerRows: {} }));
    expect(readBack(xlsx)).toMatchObject({ ok: true, sheet: sample });
    const csv = readCsv(Buffer.from(writeCsv(sheets[0]!, 'mnkr', 1)));
    expect(readBack([csv])).toMatchObject({
      ok: true,
      sheet: { ...sample, carryOvers: null, funds: null },
    });
  });

  test('reads back any amounts exactly, whatever their size and precision (property)', () => {
    const money = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map((ore) => toMoney(ore));
    const figures = fc.record({
      originalBudget: fc.option(money, { nil: null }),
      adjustedBudget: fc.option(money, { nil: null }),
      outcome: fc.option(money, { nil: null }),
      previousYearOutcome: fc.option(money, { nil: null }),
      deviation: fc.option(money, { nil: null }),
      forecasts: fc
        .option(money, { nil: null })
        .map((t2) => new Map<string, Money>(t2 === null ? [] : [['T2', t2]])),
    });
    const hasFigures = (a: SheetAmounts) =>
      a.forecasts.size > 0 || Object.values(a).some((v) => typeof v === 'string');
    fc.assert(
      fc.property(
        fc.constantFrom<DisplayUnit>('kr', 'tkr', 'mnkr'),
        fc.array(fc.record({ costs: figures, revenues: figures, net: figures }), {
          minLength: 1,
          maxLength: 4,
        }),
        (unit, generated) => {
          const areas: SheetArea[] = generated.map((lines, i) => ({
            name: `Område ${i}`,
            kind: 'operating',
            partOf: null,
            description: '',
            lines: Object.fromEntries(
              (Object.entries(lines) as [LineKind, SheetAmounts][]).filter(([, a]) =>
                hasFigures(a),
              ),
            ),
          }));
          const sheet: EconomySheet = {
            ...sample,
            settings: { ...sample.settings, unit },
            areas,
            totals: {},
            carryOvers: null,
            funds: null,
          };
          const sheets = economySheets(sheet, null);
          const read = readBack(sheets);
          expect(read).toMatchObject({ ok: true, sheet });
          const csv = readBack([readCsv(Buffer.from(writeCsv(sheets[0]!, unit, 1)))]);
          expect(csv).toMatchObject({ ok: true, sheet });
        },
      ),
      { numRuns: 150 },
    );
  });

  test('reads plain amounts the quick way exactly as parseAmount does (property)', () => {
    const text = fc
      .tuple(
        fc.constantFrom('', '-'),
        fc.stringMatching(/^\d{1,19}$/),
        fc.option(fc.stringMatching(/^[.,]\d{1,10}$/), { nil: '' }),
      )
      .map(([sign, whole, fraction]) => `${sign}${whole}${fraction}`);
    fc.assert(
      fc.property(text, fc.constantFrom<DisplayUnit>('kr', 'tkr', 'mnkr'), (written, unit) => {
        const quick = plainAmount(written, unit);
        const full = parseAmount(written, unit);
        if (quick !== null) expect(full).toEqual({ ok: true, ore: expect.any(BigInt) });
        if (full.ok) expect(quick === null || quick === toMoney(full.ore)).toBe(true);
        else expect(quick).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  test('knows the seed’s headers: Justerad budget 2015, Bokfört 151231, Avvikelse VP/prognos', () => {
    expect(classifyHeader('Justerad budget 2015', 2015)).toEqual({
      kind: 'amount',
      field: 'adjustedBudget',
    });
    expect(classifyHeader('Bokfört 151231', 2015)).toEqual({ kind: 'amount', field: 'outcome' });
    expect(classifyHeader('Bokslut 2014', 2015)).toEqual({
      kind: 'amount',
      field: 'previousYearOutcome',
    });
    expect(classifyHeader('Avvikelse VP/prognos', 2015)).toEqual({ kind: 'deviation' });
    expect(classifyHeader('Prognos T2 2015', 2015)).toEqual({ kind: 'forecast', period: 'T2' });
    expect(classifyHeader('Utfall 2013', 2015)).toBe("'Utfall 2013' avser varken 2015 eller 2014");
  });

  test('reads an amount as Swedish or plain text or a number, and says in Swedish what is wrong', () => {
    expect(readAmount('1 405,3', 'mnkr', false)).toEqual(amountOf('1405300000.00'));
    expect(readAmount('−85,2', 'mnkr', false)).toEqual(amountOf('-85200000.00'));
    expect(readAmount(0.1 + 0.2, 'mnkr', false)).toEqual(amountOf('300000.00'));
    expect(readAmount('12,3,4', 'mnkr', false)).toEqual(
      refusal("'12,3,4' är inget belopp (fler än ett decimaltecken)"),
    );
    expect(readAmount('1,234', 'kr', false)).toEqual(
      refusal("'1,234' är inget belopp (högst 2 decimaler i kr (en öre))"),
    );
    // a formula in a computed cell is Rödtråd's and is not read; elsewhere its result counts
    expect(readAmount({ formula: 'D12-E12', result: 5 }, 'mnkr', true)).toEqual(amountOf(null));
    expect(readAmount({ formula: '100+200', result: 300 }, 'kr', false)).toEqual(
      amountOf('300.00'),
    );
    expect(numberText(1e-7, 'mnkr')).toBe('0.00000010');
  });

  test('a row of the wrong kind, rows of one area that disagree and a total given twice are refused', () => {
    const sheets = economySheets(sample, null);
    const rows = sheets[0]!.rows;
    rows[11]![1] = 'Kostnad';
    rows[14]![10] = 'Område X';
    rows[20]![0] = 'Summa drift';
    const read = readBack(sheets);
    expect(read.ok ? [] : read.issues.map((i) => i.message)).toEqual([
      "Rad 12, kolumn Rad: 'Kostnad' ska vara Kostnader, Intäkter eller Netto",
      "Rad 16, kolumn Del av: 'Område A' men rad 15 säger 'Område X'",
      'Rad 21: Summa drift, Kostnader står redan på rad 18',
    ]);
  });
});
