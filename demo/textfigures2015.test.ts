import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  textFigureFindings,
  type EconomyFigure,
  type IndicatorFigures,
  type TextToCheck,
} from '#server/modules/followup/checks/followup.text.rules.ts';
import { ks2015OperatingTable, mnkr } from './economy2015.printed.ts';

/**
 * The text-against-table check over every text of the 2015 annual report as transcribed
 * (data/ks-2015.json): the goals', indicators' and activities' analyses, the summary analysis,
 * the economy chapters and the other accounts, against its indicators and economy tables.
 * data/README.md lists where the prose and the tables disagree; this holds the check to those.
 */

type Indicator = {
  name: string;
  unit: string;
  outcome: number | null;
  previous_year_outcome: number | null;
  target: number | string | null;
  kf_target: number | string | null;
  analysis: string | null;
};
type Seed = {
  report_summary: { intro: string; sections: { heading: string; text: string }[] };
  goals: {
    title: string;
    analysis: string | null;
    indicators: Indicator[];
    activities: { title: string; analysis: string | null }[];
    notes: { heading: string; text: string }[];
  }[];
  economy: Record<string, { heading?: string; text?: string } | unknown>;
  other: Record<string, unknown>;
};
const seed = JSON.parse(
  readFileSync(new URL('./data/ks-2015.json', import.meta.url), 'utf8'),
) as Seed;

const numberOf = (value: number | string | null) =>
  typeof value === 'number' ? String(value) : null;

function textsOf(): TextToCheck[] {
  const texts: TextToCheck[] = [];
  const add = (kind: TextToCheck['place']['kind'], id: string, title: string, text: unknown) => {
    if (typeof text === 'string' && text.length > 0)
      texts.push({ place: { kind, id, title }, text });
  };
  add('chapter', 'summary', 'Sammanfattande analys', seed.report_summary.intro);
  seed.report_summary.sections.forEach((s, i) => add('chapter', `summary.${i}`, s.heading, s.text));
  seed.goals.forEach((goal, g) => {
    add('goal', `g${g}`, goal.title, goal.analysis);
    goal.notes.forEach((note, n) => add('goal', `g${g}.note${n}`, note.heading, note.text));
    goal.indicators.forEach((i, n) => add('indicator', `g${g}.i${n}`, i.name, i.analysis));
    goal.activities.forEach((a, n) => add('activity', `g${g}.a${n}`, a.title, a.analysis));
  });
  const chapters = (group: Record<string, unknown>, prefix: string) =>
    Object.entries(group).forEach(([key, value]) => {
      for (const part of [value].flat() as { heading?: string; text?: string }[])
        add('chapter', `${prefix}.${key}`, part?.heading ?? key, part?.text);
    });
  chapters(seed.economy, 'economy');
  chapters(seed.other, 'other');
  return texts;
}

const indicators: IndicatorFigures[] = seed.goals.flatMap((goal, g) =>
  goal.indicators.map((i, n) => ({
    id: `g${g}.i${n}`,
    name: i.name,
    unit: i.unit,
    outcome: numberOf(i.outcome),
    others: [i.previous_year_outcome, i.target, i.kf_target].flatMap((v) => numberOf(v) ?? []),
  })),
);

const { rows, totals, investments } = ks2015OperatingTable;
const economy: EconomyFigure[] = [
  // the printed net deviation first, then budget − outcome of the printed totals
  {
    measure: 'result',
    area: null,
    label: 'Summa netto',
    kronor: [totals.net.deviation!, mnkr('81,9')],
  },
  ...rows.map((row) => ({
    measure: 'result' as const,
    area: row.area,
    label: row.area,
    kronor: [row.net.deviation!],
  })),
  {
    measure: 'investment_budget',
    area: null,
    label: 'Investeringar',
    kronor: [investments!.net.budget!],
  },
  {
    measure: 'investment_outcome',
    area: null,
    label: 'Investeringar',
    kronor: [investments!.net.outcome!],
  },
  // the report's Ombudgeteringar: 46,8 + 0,1 + 27,7 + 1,9 + 1,6
  { measure: 'carry_over_total', area: null, label: 'Ombudgeteringar', kronor: [mnkr('78,1')] },
];

describe('the 2015 annual report’s prose against its tables', () => {
  const findings = textFigureFindings({
    texts: textsOf(),
    indicators,
    economy,
    selfNames: ['Kommunstyrelsen', 'Stadsledningskontoret'],
  });

  test('every text of the report is read', () => {
    // 1 intro + 4 summary sections, 36 goal, 28 activity and 8 indicator analyses, 4 goal notes …
    expect(textsOf().length).toBeGreaterThan(80);
  });

  test('issue 7: the summary says 22 young people had summer jobs, the indicator 21 — and nothing else is flagged', () => {
    expect(
      findings.map((f) => [
        f.place.title,
        f.figure.kind === 'indicator' && f.figure.name,
        f.stated,
        f.stored,
      ]),
    ).toEqual([
      [
        'Ett ekonomiskt hållbart Stockholm',
        'Antal ungdomar som fått sommarjobb i stadens regi',
        '22',
        '21',
      ],
    ]);
  });
});
