import { describe, expect, test } from 'vitest';
import { Problems } from '#server/http/sheet-files.ts';
import { exportColumns } from '../internal-control.export.rules.ts';
import {
  readInternalControlSheet,
  riskKey,
  scaleOf,
  SHEET,
  yesNoOf,
} from './internal-control.import.rules.ts';

type Row = (string | number | null)[];
const header = [...exportColumns] as Row;
/** A row in the export's columns, from the values given by heading. */
const row = (values: Record<string, string | number>): Row =>
  exportColumns.map((column) => values[column] ?? null);
const read = (rows: Row[]) => {
  const problems = new Problems();
  const read = readInternalControlSheet({ name: SHEET, rows: [header, ...rows] }, problems);
  return { rows: read, messages: problems.issues().map((i) => i.message) };
};
const risk = { Enhet: 'Nämnd A', År: 2015, 'Process/rutin': 'Taxiresor', 'I planen': 'Ja' };

describe('the internal control file', () => {
  test('yes and no, and the 1–4 scale, are read as the export writes them', () => {
    expect([yesNoOf('Ja'), yesNoOf(' nej '), yesNoOf(null), yesNoOf('Kanske')]).toEqual([
      true,
      false,
      null,
      undefined,
    ]);
    expect([scaleOf('4'), scaleOf(null), scaleOf('5'), scaleOf('2,5')]).toEqual([
      4,
      null,
      undefined,
      undefined,
    ]);
    expect(riskKey({ process: ' Taxiresor', description: null })).toBe(
      riskKey({ process: 'TAXIRESOR ', description: '' }),
    );
  });

  test('a row is read into the module’s inputs: risk, control and follow-up', () => {
    const { rows, messages } = read([
      row({
        ...risk,
        Sannolikhet: 3,
        Konsekvens: '2',
        Riskvärde: 6,
        Kontroll: 'Stickprov',
        Rapporteras: 'VB',
        Period: 'T1',
        'Kontroll utförd': 'Ja',
        Åtgärder: 'Påminnelse',
        Datum: '2015-04-30',
      }),
      row({ ...risk, 'Process/rutin': 'Inköp', 'I planen': 'Nej' }),
    ]);
    expect(messages).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 2,
      unit: { name: 'Nämnd A', code: null },
      year: 2015,
      risk: { process: 'Taxiresor', probability: 3, consequence: 2, inPlan: true },
      control: { what: 'Stickprov', reportPeriod: 'VB', method: null },
      followUp: {
        periodKey: 'T1',
        input: { performed: true, measures: 'Påminnelse', measuresDone: false, date: '2015-04-30' },
      },
    });
    expect(rows[1]).toMatchObject({ risk: { process: 'Inköp', inPlan: false }, control: null });
  });

  test('every bad cell is named by row and column, and nothing is read', () => {
    const { rows, messages } = read([
      row({ ...risk, Sannolikhet: 5, Konsekvens: 'hög' }),
      row({ ...risk, 'Process/rutin': '', Enhet: '', 'I planen': '' }),
      row({ ...risk, 'I planen': 'Nej', Kontroll: 'Stickprov' }),
      row({ ...risk, Metod: 'Granskning', Period: 'T1' }),
      row({ ...risk, Kontroll: 'Stickprov', Period: 'T1', Datum: '30/4' }),
      row({ ...risk, Kontroll: 'x'.repeat(501) }),
    ]);
    expect(rows).toEqual([]);
    expect(messages).toEqual([
      "Blad Internkontroll, rad 2, kolumn Sannolikhet: '5' är inget heltal från 1 till 4",
      "Blad Internkontroll, rad 2, kolumn Konsekvens: 'hög' är inget heltal från 1 till 4",
      'Blad Internkontroll, rad 3, kolumn Enhet: enheten saknas',
      'Blad Internkontroll, rad 3, kolumn I planen: saknas; skriv Ja eller Nej',
      'Blad Internkontroll, rad 3, kolumn Process/rutin: saknas',
      'Blad Internkontroll, rad 4, kolumn I planen: en risk med kontroller ska vara med i planen (Ja)',
      'Blad Internkontroll, rad 5, kolumn Kontroll: saknas, men raden har kontrollens eller uppföljningens uppgifter',
      'Blad Internkontroll, rad 6, kolumn Kontroll utförd: saknas; skriv Ja eller Nej',
      expect.stringMatching(/^Blad Internkontroll, rad 6, kolumn Datum: har fel form/),
      'Blad Internkontroll, rad 7, kolumn Kontroll: är längre än 500 tecken',
    ]);
  });

  test('rows of the same risk or control must agree; a period of a control only once', () => {
    const control = { ...risk, Kontroll: 'Stickprov', Metod: 'Granskning' };
    const { messages } = read([
      row({ ...control, Sannolikhet: 2, Period: 'T1', 'Kontroll utförd': 'Ja' }),
      row({ ...control, Sannolikhet: 3, Period: 'T2', 'Kontroll utförd': 'Ja' }),
      row({ ...control, Sannolikhet: 2, Metod: 'Annan', Period: 'T3', 'Kontroll utförd': 'Ja' }),
      row({ ...control, Sannolikhet: 2, Period: 'T1', 'Kontroll utförd': 'Nej' }),
    ]);
    expect(messages).toEqual([
      'Blad Internkontroll, rad 3, kolumn Sannolikhet: skiljer sig från rad 2 för samma risk',
      'Blad Internkontroll, rad 4, kolumn Metod: skiljer sig från rad 2 för samma kontroll',
      'Blad Internkontroll, rad 5, kolumn Period: kontrollens uppföljning för T1 finns redan på rad 2',
    ]);
  });

  test('a missing or unknown column is named in the header row', () => {
    const problems = new Problems();
    readInternalControlSheet(
      {
        name: SHEET,
        rows: [
          ['Enhet', 'Process/rutin', 'Färg'],
          ['Nämnd A', 'Taxiresor', 'Röd'],
        ],
      },
      problems,
    );
    const messages = problems.issues().map((i) => i.message);
    expect(messages[0]).toBe(
      'Blad Internkontroll, rad 1, kolumn Färg: okänd kolumn; se mallen för vilka kolumner filen kan ha',
    );
    expect(messages).toContain('Blad Internkontroll, rad 1: kolumnen Riskbeskrivning saknas');
  });
});
