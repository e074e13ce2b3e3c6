import { describe, expect, test } from 'vitest';
import type { DecisionCase, Statement } from '#contracts/decisions.ts';
import {
  MISSING,
  membersPhrase,
  minutesExtract,
  officialsReport,
  referencePhrase,
} from './decisions.document.ts';

const member = (name: string, party: string) => ({ name, party });
const change = { version: 1, updatedAt: null, updatedByName: null };

/** Seed 000's statements: M and L in borgarrådsberedningen, then in kommunstyrelsen by reference. */
const beredning: Statement = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'special_statement',
  forum: 'Borgarrådsberedningen',
  members: [
    member('Anna König Jerlmyr', 'M'),
    member('Joakim Larsson', 'M'),
    member('Cecilia Brinck', 'M'),
    member('Lotta Edholm', 'L'),
  ],
  text: 'Föreliggande ärende förhåller sig till de ekonomiska ramarna.\n\n<b>Andra</b> stycket.',
  refersTo: null,
  ...change,
};
const ref = { ...beredning, caseTitle: null, periodName: null, year: null };
const ks: Statement = {
  id: '00000000-0000-4000-8000-000000000002',
  kind: 'substitute_statement',
  forum: 'Kommunstyrelsen',
  members: [member('Karin Ernlund', 'C'), member('Erik Slottner', 'KD')],
  text: '',
  refersTo: ref,
  ...change,
};

const aCase = (overrides: Partial<DecisionCase> = {}): DecisionCase => ({
  unitId: '00000000-0000-4000-8000-0000000000aa',
  periodId: '00000000-0000-4000-8000-0000000000bb',
  unitName: 'Kommunstyrelsen',
  year: 2015,
  periodKey: 'VB',
  periodName: 'Verksamhetsberättelse',
  periodKind: 'annual',
  stored: true,
  diarienummer: '182-70/2016',
  title: 'Verksamhetsberättelse med bokslut 2015 för Kommunstyrelsen m.m.',
  proposalIntro: 'Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.',
  summary: 'Första stycket.\n\nAndra stycket.',
  background: '',
  reportDate: '2016-01-22',
  rapporteur: { name: 'Karin Wanngård', title: 'borgarrådet' },
  preparation: [{ date: '2016-01-21', text: 'Behandlat i förvaltningsgruppen.' }],
  proposals: ['Godkänns och överlämnas till stadens revisorer.', '46,8 mnkr överförs till 2016.'],
  defaultProposals: [],
  ...change,
  decision: {
    decidedOn: '2016-02-10',
    body: 'Kommunstyrelsen',
    outcomes: [
      { outcome: 'approved', text: '' },
      { outcome: 'amended', text: '46,0 mnkr överförs till 2016.' },
    ],
    version: 1,
    recordedAt: null,
    recordedByName: null,
  },
  statements: [beredning, ks],
  referable: [],
  may: { prepare: false, record: false },
  ...overrides,
});

describe('the officials’ report', () => {
  test('opens with the numbered proposals, then the rapporteur, summary and preparation', () => {
    const doc = officialsReport(aCase());
    expect(doc.title).toBe('Verksamhetsberättelse med bokslut 2015 för Kommunstyrelsen m.m.');
    expect(doc.meta).toEqual(['Dnr 182-70/2016', 'Tjänsteutlåtande daterat 2016-01-22']);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Förslag till beslut',
      'Föredragande',
      'Sammanfattning',
      'Ärendets beredning',
    ]);
    expect(doc.sections[0]!.blocks[1]).toEqual({
      kind: 'list',
      ordered: true,
      items: ['Godkänns och överlämnas till stadens revisorer.', '46,8 mnkr överförs till 2016.'],
    });
    expect(doc.sections[1]!.blocks).toEqual([
      { kind: 'paragraph', text: 'borgarrådet Karin Wanngård', style: 'body' },
    ]);
    expect(doc.sections[2]!.blocks).toHaveLength(2);
    expect(doc.sections[3]!.blocks[0]).toMatchObject({
      kind: 'table',
      head: [['Datum', 'Beredning']],
      body: [{ cells: ['2016-01-21', 'Behandlat i förvaltningsgruppen.'], role: 'body' }],
    });
  });

  test('what is missing says so, never an empty paragraph', () => {
    const doc = officialsReport(
      aCase({
        diarienummer: '',
        reportDate: null,
        summary: ' ',
        rapporteur: { name: '', title: '' },
        preparation: [],
      }),
    );
    expect(doc.meta).toEqual([`Dnr ${MISSING}`, `Tjänsteutlåtande daterat ${MISSING}`]);
    const texts = doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
    );
    expect(texts).toEqual([
      'Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.',
      MISSING,
      MISSING,
      MISSING,
    ]);
  });
});

describe('the minutes extract', () => {
  test('gives the decision per proposal and the statements by forum, references in words', () => {
    const doc = minutesExtract(aCase());
    expect(doc.title).toBe(
      'Protokollsutdrag: Verksamhetsberättelse med bokslut 2015 för Kommunstyrelsen m.m.',
    );
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Beslut',
      'Borgarrådsberedningen',
      'Kommunstyrelsen',
    ]);
    expect(doc.sections[0]!.blocks[1]).toMatchObject({
      head: [['Nr', 'Förslag', 'Beslut']],
      body: [
        { cells: ['1', 'Godkänns och överlämnas till stadens revisorer.', 'Bifall'], role: 'body' },
        {
          cells: ['2', '46,8 mnkr överförs till 2016.', 'Ändrat: 46,0 mnkr överförs till 2016.'],
          role: 'body',
        },
      ],
    });
    expect(doc.sections[1]!.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Särskilt uttalande gjordes av Anna König Jerlmyr, Joakim Larsson och Cecilia Brinck (alla M) och Lotta Edholm (L) enligt följande.',
        style: 'body',
      },
      {
        kind: 'paragraph',
        text: 'Föreliggande ärende förhåller sig till de ekonomiska ramarna.',
        style: 'body',
      },
      { kind: 'paragraph', text: '<b>Andra</b> stycket.', style: 'body' },
    ]);
    expect(doc.sections[2]!.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Ersättaryttrande gjordes av Karin Ernlund (C) och Erik Slottner (KD) med hänvisning till det särskilda uttalandet av (M, L) i borgarrådsberedningen.',
        style: 'body',
      },
    ]);
  });

  test('before the meeting the extract says the decision is not recorded', () => {
    const doc = minutesExtract(aCase({ decision: null, statements: [] }));
    expect(doc.sections).toEqual([
      {
        heading: 'Beslut',
        level: 3,
        blocks: [{ kind: 'paragraph', text: 'Beslutet är inte registrerat.', style: 'missing' }],
        sections: [],
      },
    ]);
  });

  test('members are grouped by party as the minutes print them; another case is named', () => {
    expect(membersPhrase([member('Carin Jämtin', 'S'), member('Roger Mogert', 'S')])).toBe(
      'Carin Jämtin och Roger Mogert (båda S)',
    );
    expect(
      referencePhrase({
        ...ref,
        kind: 'reservation',
        members: [member('Carin Jämtin', 'S')],
        caseTitle: 'Tertialrapport 2 2015',
      }),
    ).toBe('reservationen av (S) i borgarrådsberedningen i ärendet Tertialrapport 2 2015');
  });
});
