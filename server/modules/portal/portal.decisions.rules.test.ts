import { describe, expect, test } from 'vitest';
import type { StoredCase, StoredStatement } from '../decisions/decisions.repository.ts';
import { publicCaseOf, type PublicReference } from './portal.decisions.rules.ts';

const stored = {
  id: 'c1',
  diarienummer: '182-70/2016',
  title: 'Verksamhetsberättelse med bokslut 2015',
  proposalIntro: 'Borgarrådsberedningen föreslår …',
  summary: 'Internt utkast',
  rapporteurName: 'Karin Wanngård',
  rapporteurTitle: 'borgarrådet',
  proposals: ['Godkänns.'],
  decidedOn: null,
  decisionBody: null,
  outcomes: null,
  version: 4,
  updatedByName: 'Handläggare',
} as unknown as StoredCase;

const statement = (id: string, refersTo: string | null): StoredStatement => ({
  id,
  caseId: 'c1',
  kind: 'reservation',
  forum: 'Kommunstyrelsen',
  members: [{ name: 'Carin Jämtin', party: 'S' }],
  text: '',
  refersTo,
  version: 2,
  updatedAt: '2016-02-10T10:00:00.000Z',
  updatedByName: 'Sekreterare',
});
const ref = (id: string, published: boolean): PublicReference => ({
  published,
  ref: {
    id,
    kind: 'special_statement',
    forum: 'Borgarrådsberedningen',
    members: [{ name: 'Anna König Jerlmyr', party: 'M' }],
    caseTitle: 'Ett annat ärende',
    periodName: 'Tertialrapport 2',
    year: 2015,
  },
});

describe('the public copy of a case', () => {
  test('a reference to a published statement names it; to an unpublished one it is withheld', () => {
    const shown = publicCaseOf(
      stored,
      [statement('s1', 'a'), statement('s2', 'b'), statement('s3', null)],
      new Map([
        ['a', ref('a', true)],
        ['b', ref('b', false)],
      ]),
    );
    expect(shown.statements.map((s) => s.refersTo)).toEqual([
      {
        kind: 'special_statement',
        forum: 'Borgarrådsberedningen',
        members: [{ name: 'Anna König Jerlmyr', party: 'M' }],
        caseTitle: 'Ett annat ärende',
        periodName: 'Tertialrapport 2',
        year: 2015,
      },
      { withheld: true },
      null,
    ]);
  });

  test('leaves out what is internal: versions, editors, the summary, ids', () => {
    const json = JSON.stringify(publicCaseOf(stored, [statement('s1', null)], new Map()));
    expect(json).not.toMatch(/version|updated|Internt utkast|"id"|s1|c1/);
    expect(JSON.parse(json)).toMatchObject({ decision: null, proposals: ['Godkänns.'] });
  });
});
