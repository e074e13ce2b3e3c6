import { describe, expect, test } from 'vitest';
import { Problems } from '#server/http/sheet-files.ts';
import {
  feedbackSheets,
  kindOf,
  partOfHeader,
  readCountsSheet,
  readSurveysSheet,
} from './feedback.import.rules.ts';

const sheet = (name: string, rows: (string | number | null)[][]) => ({ name, rows });

describe('the feedback file', () => {
  test('kinds are read by the words real systems use', () => {
    expect(kindOf('Positiv synpunkt')).toBe('praise');
    expect(kindOf(' FÖRBÄTTRINGSFÖRSLAG ')).toBe('suggestion');
    expect(kindOf('klagomål')).toBe('complaint');
    expect(kindOf('Fråga')).toBeNull();
  });

  test('a CSV file is told by its header', () => {
    expect(partOfHeader(sheet('x', [['Enhet', 'Enkät', 'Skala']]))).toBe('Enkäter');
    expect(partOfHeader(sheet('x', [['Enhet', 'Typ', 'Antal']]))).toBe('Synpunkter');
  });

  test('every bad cell is named by row and column; a missing count is a problem, not zero', () => {
    const problems = new Problems();
    const rows = readCountsSheet(
      sheet('Synpunkter', [
        ['Enhet', 'Typ', 'Kategori', 'Kanal', 'Antal'],
        ['Nämnd A', 'Klagomål', 'Bemötande', 'Tyck till', -3],
        ['Nämnd A', 'Beröm', null, 'Tyck till', null],
        [null, null, null, null, null],
        ['Nämnd A', 'Förslag', 'Övrigt', 'E-post', '1 204'],
      ]),
      problems,
    );
    expect(problems.issues().map((i) => i.message)).toEqual([
      "Blad Synpunkter, rad 2, kolumn Antal: '-3' är negativt",
      'Blad Synpunkter, rad 3, kolumn Kategori: saknas',
      'Blad Synpunkter, rad 3, kolumn Antal: saknas',
    ]);
    expect(rows).toEqual([
      {
        row: 5,
        unit: { name: 'Nämnd A', code: null },
        count: { kind: 'suggestion', category: 'Övrigt', channel: 'E-post', count: 1204 },
      },
    ]);
  });

  test('a survey needs its name, scale and what counts as satisfied; the numbers may be empty', () => {
    const problems = new Problems();
    const rows = readSurveysSheet(
      sheet('Enkäter', [
        ['Enhetskod', 'Enkät', 'Andel nöjda (%)', 'Skala', 'Nöjd räknas som'],
        ['1100', 'Brukarundersökning', null, '1–5', '4–5'],
        ['1100', 'Utan skala', 80, null, '4–5'],
      ]),
      problems,
    );
    expect(problems.issues().map((i) => i.message)).toEqual([
      'Blad Enkäter, rad 3, kolumn Skala: saknas',
    ]);
    expect(rows[0]).toEqual({
      row: 2,
      unit: { name: null, code: '1100' },
      survey: {
        name: 'Brukarundersökning',
        satisfiedShare: null,
        respondents: null,
        responseRate: null,
        scale: '1–5',
        satisfiedMeans: '4–5',
      },
    });
  });

  test('the export’s sheets read back as what was written', () => {
    const feedback = {
      counts: [{ kind: 'praise' as const, category: 'Bemötande', channel: 'Telefon', count: 4 }],
      surveys: [
        {
          name: 'Brukarundersökning',
          satisfiedShare: 72.5,
          respondents: 120,
          responseRate: null,
          scale: '1–10',
          satisfiedMeans: '8–10',
        },
      ],
      themes: '',
      actions: '',
    };
    const [counts, surveys] = feedbackSheets([{ name: 'Nämnd A', code: 'A1', feedback }]);
    const problems = new Problems();
    expect(readCountsSheet(counts, problems).map((r) => r.count)).toEqual(feedback.counts);
    expect(readSurveysSheet(surveys, problems).map((r) => r.survey)).toEqual(feedback.surveys);
    expect(problems.count).toBe(0);
  });
});
