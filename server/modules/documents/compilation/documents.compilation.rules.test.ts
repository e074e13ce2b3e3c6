import { describe, expect, test } from 'vitest';
import type { RollUp } from '#contracts/followup.ts';
import type { UnitAtDate } from '#contracts/org.ts';
import { paragraph, section, type DocumentModel } from '../documents.model.ts';
import {
  committeePart,
  committeesOf,
  compilationModel,
  demoted,
} from './documents.compilation.rules.ts';

const unit = (name: string, kind: UnitAtDate['kind'], id = name): UnitAtDate => ({
  id,
  name,
  shortName: null,
  code: null,
  kind,
  parentId: null,
  isResultUnit: false,
  validFrom: '2014-01-01',
  validTo: null,
});

const report = (unitName: string): DocumentModel => ({
  kind: 'report',
  language: 'sv-SE',
  title: `VB 2015 – ${unitName}`,
  tenantName: 'Stockholms stad',
  unitName,
  facts: {
    kind: 'key_value',
    items: [
      { key: 'Kommun', value: 'Stockholms stad' },
      { key: 'Status', value: 'Antagen' },
    ],
  },
  sections: [
    section(
      '1 Inledning',
      2,
      [paragraph('Text')],
      [section('1.1 Mål', 3, [], [section('Mål', 4, [])])],
    ),
  ],
});

const goal = (number: string, title: string) =>
  ({ id: number, number, title }) as unknown as RollUp['goals'][number]['goal'];
const counts = (helt: number, delvis: number, inte: number, notReported: number) => ({
  helt,
  delvis,
  inte,
  notReported,
  disagreements: 0,
  unjustifiedDisagreements: 0,
  total: helt + delvis + inte + notReported,
});
const rollUp = {
  period: {} as RollUp['period'],
  level: 'council',
  goals: [
    { goal: goal('1.1', 'Stockholm är en trygg stad'), counts: counts(3, 1, 0, 2), units: [] },
    { goal: goal('2.1', 'Stockholm är en hållbar stad'), counts: counts(0, 2, 1, 3), units: [] },
  ],
} satisfies RollUp;

describe('the committees of a compilation', () => {
  test('are the executive board first, then the committees in Swedish order; other units are left out', () => {
    const tree = [
      unit('Östermalms stadsdelsnämnd', 'committee'),
      unit('Trafiknämnden', 'committee'),
      unit('Kommunfullmäktige', 'council'),
      unit('Stadsledningskontoret', 'administration'),
      unit('Kommunstyrelsen', 'executive_board'),
      unit('Älvsjö stadsdelsnämnd', 'committee'),
      unit('Arbetsmarknadsnämnden', 'committee'),
      unit('Stockholm Vatten AB', 'company_board'),
    ];
    expect(committeesOf(tree).map((u) => u.name)).toEqual([
      'Kommunstyrelsen',
      'Arbetsmarknadsnämnden',
      'Trafiknämnden',
      'Älvsjö stadsdelsnämnd',
      'Östermalms stadsdelsnämnd',
    ]);
  });
});

describe('a committee’s part', () => {
  test('is its report under its name, every heading one level down and none deeper than 4', () => {
    const part = committeePart(report('Trafiknämnden'), ['Kommun']);
    expect(part.heading).toBe('Trafiknämnden');
    expect(part.level).toBe(2);
    expect(part.blocks).toEqual([
      { kind: 'key_value', items: [{ key: 'Status', value: 'Antagen' }] },
    ]);
    const [chapter] = part.sections;
    expect(chapter!.level).toBe(3);
    expect(chapter!.sections[0]!.level).toBe(4);
    expect(chapter!.sections[0]!.sections[0]!.level).toBe(4);
  });

  test('demoting leaves the model it was given as it was', () => {
    const sections = report('KS').sections;
    demoted(sections);
    expect(sections[0]!.level).toBe(2);
  });
});

describe('the compilation model', () => {
  const model = compilationModel({
    tenantName: 'Stockholms stad',
    period: { name: 'Verksamhetsberättelse 2015', startsOn: '2015-01-01', endsOn: '2015-12-31' },
    rollUp,
    parts: [
      committeePart(report('Kommunstyrelsen'), []),
      committeePart(report('Trafiknämnden'), []),
    ],
    today: '2016-03-01',
  });

  test('opens with the introduction holding the council roll-up table, a row per KF goal', () => {
    expect(model.title).toBe('Stadens sammanställning – Verksamhetsberättelse 2015');
    const [introduction] = model.sections;
    expect(introduction!.heading).toBe('Inledning');
    const table = introduction!.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({
      head: [['Mål', 'Helt', 'Delvis', 'Inte', 'Ej rapporterat', 'Nämnder']],
      body: [
        { cells: ['1.1 Stockholm är en trygg stad', '3', '1', '0', '2', '6'] },
        { cells: ['2.1 Stockholm är en hållbar stad', '0', '2', '1', '3', '6'] },
      ],
    });
  });

  test('then each committee in the order given', () => {
    expect(model.sections.map((s) => s.heading)).toEqual([
      'Inledning',
      'Kommunstyrelsen',
      'Trafiknämnden',
    ]);
    expect(model.facts.items).toContainEqual({ key: 'Nämnder', value: '2' });
  });

  test('says so when the year has no council goals', () => {
    const empty = compilationModel({
      tenantName: 'T',
      period: { name: 'T1', startsOn: '2015-01-01', endsOn: '2015-04-30' },
      rollUp: { ...rollUp, goals: [] },
      parts: [],
      today: '2015-05-01',
    });
    expect(empty.sections[0]!.blocks.at(-1)).toEqual(
      paragraph('Året har inga mål på kommunfullmäktiges nivå.', 'missing'),
    );
  });
});
