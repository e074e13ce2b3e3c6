import { defaultGoalLevelSettings } from '#contracts/goals.levels.ts';
import { yearFile, type YearFile } from '#contracts/years.exchange.ts';
import { defaultPeriods } from '../years.rules.ts';

/**
 * A year file of any size, for the import's regression test and its benchmark: Kommunstyrelsen's
 * year (2015 unless told) in a municipality of Kommunfullmäktige, Kommunstyrelsen and committees "Nämnd 1" … (the
 * units are named, without ids, as a file from elsewhere names them). The vision, 4
 * inriktningsmål and 20 KF goals, then nämndmål of Kommunstyrelsen up to `goals` (one in ten
 * under two KF goals); an indicator per 15 goals (at least one) measuring a KF goal, with a
 * target and outcomes (a fifth split by gender); `activities` activities of Kommunstyrelsen, each
 * serving a nämndmål, shared with 0–3 committees, with a report per period; an assessment per
 * assessed goal and period. Deterministic: the same sizes give the same file.
 */
export function yearFileOfSize({
  goals,
  activities,
  year = 2015,
  names = {
    unit: 'Kommunstyrelsen',
    others: Array.from({ length: 30 }, (_, i) => `Nämnd ${i + 1}`),
  },
}: {
  goals: number;
  activities: number;
  year?: number;
  /** the unit whose year it is, and the units it shares activities with */
  names?: { unit: string; others: string[] };
}): YearFile {
  const unit = (name: string) => ({ id: null, name });
  const kf = unit('Kommunfullmäktige');
  const ks = unit(names.unit);
  const committees = names.others.length;
  const keys = ['T1', 'T2', 'VB'] as const;
  const fileGoals: Record<string, unknown>[] = [
    { ref: 'g1', level: 'vision', title: 'Ett Stockholm för alla', owner: kf },
  ];
  for (let d = 1; d <= 4; d++)
    fileGoals.push({
      ref: `g${1 + d}`,
      level: 'direction',
      number: String(d),
      title: `Inriktning ${d}`,
      owner: kf,
      parents: ['g1'],
    });
  for (let c = 0; c < 20; c++)
    fileGoals.push({
      ref: `g${6 + c}`,
      level: 'council',
      number: `${1 + (c % 4)}.${1 + Math.floor(c / 4)}`,
      title: `KF:s mål ${c + 1}`,
      description: 'Kommunfullmäktiges mål för året.',
      owner: kf,
      parents: [`g${2 + (c % 4)}`],
    });
  for (let i = fileGoals.length; i < goals; i++) {
    const council = 6 + (i % 20);
    fileGoals.push({
      ref: `g${i + 1}`,
      level: 'committee',
      title: `Nämndmål ${i + 1} för Kommunstyrelsen`,
      description: `Kommunstyrelsen bidrar till KF:s mål genom åtgärd ${i + 1}.`,
      heading: 'Nämndmål:',
      owner: ks,
      parents: i % 10 === 0 ? [`g${council}`, `g${6 + ((i + 1) % 20)}`] : [`g${council}`],
    });
  }
  const committeeGoals = Math.max(0, goals - 25);
  const indicators = Array.from({ length: Math.max(1, Math.floor(goals / 15)) }, (_, i) => ({
    ref: `i${i + 1}`,
    name: `Indikator ${i + 1}`,
    unit: i % 3 === 0 ? '%' : 'st',
    decimals: i % 3 === 0 ? 1 : 0,
    direction: i % 2 === 0 ? 'higher_is_better' : 'lower_is_better',
    level: 'council',
    genderSplit: i % 5 === 0,
    goals: [`g${6 + (i % 20)}`],
    target: {
      kind: 'value',
      value: String(50 + (i % 40)),
      councilKind: 'value',
      councilValue: String(60 + (i % 30)),
    },
    outcomes: Object.fromEntries(
      keys.map((key, k) => [
        key,
        {
          value: String(40 + ((i * 7 + k) % 50)),
          ...(i % 5 === 0 ? { women: String(41 + (i % 9)), men: String(39 + (i % 7)) } : {}),
          periodLabel: String(year),
          comment: `Utfallet för ${key} av indikator ${i + 1}.`,
        },
      ]),
    ),
  }));
  const statuses = ['ongoing', 'completed', 'delayed', 'not_started'] as const;
  const fileActivities = Array.from({ length: activities }, (_, i) => ({
    ref: `a${i + 1}`,
    kind: i % 7 === 0 ? 'assignment' : 'committee_activity',
    title: `Aktivitet ${i + 1}`,
    description: `Kommunstyrelsen genomför aktivitet ${i + 1} under året.`,
    goal: committeeGoals > 0 ? `g${26 + (i % committeeGoals)}` : null,
    responsible: ks,
    coResponsible: Array.from({ length: Math.min(i % 4, committees) }, (_, j) =>
      unit(names.others[(i + j * 7) % committees]!),
    ),
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    reports: Object.fromEntries(
      keys.map((key, k) => [
        key,
        {
          status: statuses[(i + k) % 4],
          deviation: i % 4 === 2 ? 'Försenad av upphandling.' : '',
          analysis: `Aktivitet ${i + 1} i ${key}: arbetet fortgår enligt plan.`,
        },
      ]),
    ),
  }));
  const assessed = fileGoals.filter((g) => g.level === 'council' || g.level === 'committee');
  const values = ['helt', 'delvis', 'inte'] as const;
  const assessments = Object.fromEntries(
    assessed.map((g, i) => [
      g.ref as string,
      Object.fromEntries(
        keys.map((key, k) => [key, { value: values[(i + k) % 3], analysis: `Bedömning ${key}.` }]),
      ),
    ]),
  );
  return yearFile.parse({
    format: 'rodtrad.unit-year',
    formatVersion: 4,
    tenant: { scbCode: '0180' },
    unit: ks,
    year,
    // the periods the app gives a new year, without their deadlines
    periods: defaultPeriods(year).map(({ deadline: _deadline, ...period }) => period),
    goals: fileGoals,
    indicators,
    activities: fileActivities,
    assessments,
    levels: defaultGoalLevelSettings,
  });
}
