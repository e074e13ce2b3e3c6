import { describe, expect, test } from 'vitest';
import { evaluationInput } from '#contracts/compass.ts';
import { compass2021 } from '../../../demo/compass2021.ts';
import { compassSheet, readCompassSheet } from './compass.sheet.rules.ts';

const rows = () => compassSheet(compass2021).rows.map((cells) => [...cells]);

describe('the Kommunkompassen file', () => {
  test('the sheet of an evaluation reads back as the same evaluation', () => {
    const read = readCompassSheet({ name: 'Kommunkompassen', rows: rows() });
    expect(read.ok && read.input).toEqual(evaluationInput.parse(compass2021));
  });

  test('percentages may be written "55%", and text cells as numbers', () => {
    const grid = rows();
    const sub = grid.findIndex((r) => r[0] === 'Delområde' && r[1] === '1.1');
    grid[sub]![5] = '55 %';
    grid[sub]![3] = '11';
    const read = readCompassSheet({ name: 'Kommunkompassen', rows: grid });
    expect(read.ok && read.input.areas[0]!.subAreas[0]).toMatchObject({
      achieved: 11,
      printedPercent: 55,
    });
  });

  test('every problem is named by row and column: an unknown row type, a bad number, a missing name', () => {
    const grid = rows();
    grid.push(['Svaghet', 1, 'Något']);
    const sub = grid.findIndex((r) => r[0] === 'Delområde' && r[1] === '2.2');
    grid[sub]![4] = 'trettio';
    const area = grid.findIndex((r) => r[0] === 'Område' && r[1] === 3);
    grid[area]![2] = null;
    const read = readCompassSheet({ name: 'Kommunkompassen', rows: grid });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.issues().map((i) => i.message)).toEqual([
      `Blad Kommunkompassen, rad ${sub + 1}, kolumn Max: 'trettio' är inget heltal`,
      `Blad Kommunkompassen, rad ${grid.length}, kolumn Typ: 'Svaghet' är ingen radtyp (Månad, Ordningsnummer, Modellversion, Intervjuade, Anteckning, Område, Delområde, Styrka, Förbättringsmöjlighet)`,
    ]);
    const fixed = rows();
    fixed[area]![2] = null;
    const missing = readCompassSheet({ name: 'Kommunkompassen', rows: fixed });
    expect(!missing.ok && missing.problems.issues().map((i) => i.message)).toEqual([
      `Blad Kommunkompassen, rad ${area + 1}, kolumn Text: must not be empty`,
    ]);
  });
});
