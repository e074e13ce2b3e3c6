import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { percent } from '#contracts/economy.ts';
import { Problems } from './economy.sheet.cells.rules.ts';
import { readCarryOvers, readFunds } from './economy.sheet.read.funds.rules.ts';
import type { Cell, Sheet } from './economy.sheet.rules.ts';

const CARRY_HEADER: Cell[] = ['Ändamål', 'Kategori', 'Belopp', 'Belopp i beslutet', 'Beslutspunkt'];
const FUND_HEADER: Cell[] = [
  'Resultatenhet',
  'Takens bas',
  'Omslutning',
  'Budget',
  'Ingående resultatfond',
  'Använt ur fonden',
  'Utgående resultatfond',
  'Utgående fond i procent av basen',
];
const carrySheet = (rows: Cell[][], meta: Cell[][] = [['Belopp i', 'mnkr']]): Sheet => ({
  name: 'Ombudgeteringar',
  rows: [...meta, [], CARRY_HEADER, ...rows],
});
const fundSheet = (rows: Cell[][], header: Cell[] = FUND_HEADER): Sheet => ({
  name: 'Resultatfonder',
  rows: [['Belopp i', 'mnkr'], [], header, ...rows],
});
const carryOvers = (sheets: Sheet[]) => {
  const problems = new Problems();
  const read = readCarryOvers(sheets, 'kr', problems);
  return { read, messages: problems.issues().map((i) => i.message) };
};
const funds = (sheets: Sheet[]) => {
  const problems = new Problems();
  const read = readFunds(sheets, 'kr', ['Enhet R', 'Enhet S'], problems);
  return { read, messages: problems.issues().map((i) => i.message) };
};

describe('the carry-over sheet', () => {
  test('is not part of a file without it', () => {
    expect(carryOvers([])).toEqual({ read: null, messages: [] });
  });

  test('reads each request in the sheet’s own unit, a category by its label or its key', () => {
    const { read, messages } = carryOvers([
      carrySheet(
        [
          ['Lokaler', 'Ej slutfört projekt', '1,5', 1.5, '§ 12'],
          ['Partikansli', 'office_surplus', 0.25, null, null],
        ],
        [
          ['Belopp i', 'mnkr'],
          ['Summa enligt rapporten', '1,75'],
        ],
      ),
    ]);
    expect(messages).toEqual([]);
    expect(read).toEqual({
      printedTotal: '1750000.00',
      requests: [
        {
          purpose: 'Lokaler',
          category: 'unfinished_project',
          amount: '1500000.00',
          amountInDecision: '1500000.00',
          decisionRef: '§ 12',
        },
        {
          purpose: 'Partikansli',
          category: 'office_surplus',
          amount: '250000.00',
          amountInDecision: null,
          decisionRef: null,
        },
      ],
    });
  });

  test('without a unit of its own it takes the table’s; an unknown unit is refused', () => {
    const { read } = carryOvers([
      carrySheet([['Lokaler', 'Ej slutfört projekt', 1500, null, null]], []),
    ]);
    expect(read?.requests[0]?.amount).toBe('1500.00');
    expect(carryOvers([carrySheet([], [['Belopp i', 'Mkr']])]).messages).toEqual([
      "Blad Ombudgeteringar, kolumn Belopp i: 'Mkr' är ingen enhet; skriv kr, tkr eller mnkr",
    ]);
  });

  test('without its header row it is refused as a whole', () => {
    const sheet = {
      name: 'Ombudgeteringar',
      rows: [
        ['Belopp i', 'mnkr'],
        ['Lokaler', 1],
      ],
    };
    expect(carryOvers([sheet])).toEqual({
      read: null,
      messages: ['Blad Ombudgeteringar: rubrikraden (Ändamål …) saknas'],
    });
  });

  test('a request without a purpose, of an unknown category or of no positive amount is refused', () => {
    const { messages } = carryOvers([
      carrySheet([
        [null, 'Ej slutfört projekt', 1, null, null],
        ['Lokaler', 'Investering', 1, null, null],
        ['Lokaler', 'Ej slutfört projekt', 0, null, null],
        ['Lokaler', 'Ej slutfört projekt', -1, null, null],
        ['Lokaler', 'Ej slutfört projekt', '12,3,4', null, 'x'.repeat(41)],
      ]),
    ]);
    expect(messages).toEqual([
      'Blad Ombudgeteringar, rad 4, kolumn Ändamål: ändamålet saknas',
      "Blad Ombudgeteringar, rad 5, kolumn Kategori: 'Investering' ska vara Överskott för rotlar och partikanslier eller Ej slutfört projekt",
      'Blad Ombudgeteringar, rad 6, kolumn Belopp: beloppet ska vara större än noll',
      'Blad Ombudgeteringar, rad 7, kolumn Belopp: beloppet ska vara större än noll',
      // an amount that cannot be read is reported once, as what it is
      "Blad Ombudgeteringar, rad 8, kolumn Belopp: '12,3,4' är inget belopp (fler än ett decimaltecken)",
      'Blad Ombudgeteringar, rad 8, kolumn Beslutspunkt: högst 40 tecken',
    ]);
  });

  test('an unknown or repeated column and a missing required one are refused at the header', () => {
    const sheet = carrySheet([]);
    sheet.rows[2] = ['Ändamål', 'Kategori', 'Kategori', 'Anteckning'];
    expect(carryOvers([sheet]).messages).toEqual([
      'Blad Ombudgeteringar, rad 3, kolumn Kategori: kolumnen finns redan',
      'Blad Ombudgeteringar, rad 3, kolumn Anteckning: okänd kolumn; bladet har Ändamål, Kategori, Belopp, Belopp i beslutet, Beslutspunkt',
      'Blad Ombudgeteringar, rad 3: kolumnen Belopp saknas',
    ]);
  });
});

describe('the result fund sheet', () => {
  test('reads a fund per result unit, the caps on turnover unless it says Budget', () => {
    const { read, messages } = funds([
      fundSheet([
        ['Enhet R', null, 190, null, 6.7, 1.9, '5,6', '2,95 %'],
        ['Enhet S', 'Budget', null, 20, null, null, 2, 10],
      ]),
    ]);
    expect(messages).toEqual([]);
    expect(read?.map((f) => [f.unitName, f.capBase, f.turnover, f.budget, f.closing])).toEqual([
      ['Enhet R', 'turnover', '190000000.00', null, '5600000.00'],
      ['Enhet S', 'budget', null, '20000000.00', '2000000.00'],
    ]);
    expect(read?.map((f) => f.closingShareOfBase)).toEqual(['2.95', '10']);
    expect(read?.[0]).toMatchObject({ opening: '6700000.00', used: '1900000.00', note: '' });
  });

  test('a unit that is no result unit here, or stands twice, or a nameless row is refused', () => {
    const { messages } = funds([
      fundSheet([
        ['Enhet X', null, 1, null, null, null, null, null],
        ['Enhet R', null, 1, null, null, null, null, null],
        ['Enhet R', null, 1, null, null, null, null, null],
        [null, null, 1, null, null, null, null, null],
      ]),
    ]);
    expect(messages).toEqual([
      "Blad Resultatfonder, rad 4, kolumn Resultatenhet: 'Enhet X' är ingen resultatenhet under enheten vid årets slut",
      "Blad Resultatfonder, rad 6, kolumn Resultatenhet: 'Enhet R' står redan på rad 5",
      'Blad Resultatfonder, rad 7, kolumn Resultatenhet: resultatenheten saknas',
    ]);
  });

  test('a negative use of the fund, an unknown cap base and a share that is no percentage are refused', () => {
    const { messages } = funds([
      fundSheet([['Enhet R', 'Intäkter', null, null, null, -1, null, '10 procent']]),
    ]);
    expect(messages).toEqual([
      "Blad Resultatfonder, rad 4, kolumn Takens bas: 'Intäkter' ska vara Omslutning eller Budget",
      'Blad Resultatfonder, rad 4, kolumn Använt ur fonden: det använda beloppet kan inte vara negativt',
      "Blad Resultatfonder, rad 4, kolumn Utgående fond i procent av basen: '10 procent' är ingen procentsats",
    ]);
  });

  test('a share is read as written, with a comma or a point and with or without %, in the contract’s form (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 9_999 }),
        fc.constantFrom(',', '.'),
        fc.constantFrom('', '%', ' %'),
        (whole, fraction, point, sign) => {
          const written = `${whole}${point}${String(fraction).padStart(4, '0')}${sign}`;
          const { read, messages } = funds([
            fundSheet([['Enhet R', null, null, null, null, null, null, written]]),
          ]);
          expect(messages).toEqual([]);
          const share = read![0]!.closingShareOfBase!;
          expect(percent.safeParse(share).success, share).toBe(true);
          const [w, f = ''] = share.split('.');
          expect(BigInt(w! + f.padEnd(4, '0'))).toBe(BigInt(whole) * 10_000n + BigInt(fraction));
        },
      ),
      { seed: 20151231, numRuns: 500 },
    );
  });
});
