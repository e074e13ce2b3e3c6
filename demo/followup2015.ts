import { readFileSync } from 'node:fs';
import type { Direction } from '#contracts/assessment.ts';
import type { GoalLevel } from '#contracts/goals.ts';
import type { TargetKind } from '#contracts/indicators.ts';
import { createActivity } from '#server/modules/activities/activities.usecases.ts';
import { createGoal } from '#server/modules/goals/goals.usecases.ts';
import {
  createIndicator,
  recordPastOutcome,
  setTarget,
} from '#server/modules/indicators/indicators.usecases.ts';
import type { Principal } from '#server/principal.ts';
import { createYear } from '#server/modules/years/years.usecases.ts';
import {
  saveActivityReport,
  saveGoalAssessment,
  saveOutcome,
} from '#server/modules/followup/followup.write.usecases.ts';
import { actorOf } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';

/**
 * The executive board's (kommunstyrelsen) follow-up of 2015, from the transcription of
 * Verksamhetsberättelse med bokslut 2015 (seeds/000_309559257fb3423f.txt) in data/ks-2015.json.
 * Every goal, assessment, analysis, indicator and activity is entered as printed; the readings
 * the transcription had to make are listed in its README and in demo/README.md.
 */
export type SeedIndicator = {
  name: string;
  outcome: number | null;
  previous_year_outcome: number | null;
  target: number | string | null;
  kf_target: number | string | null;
  unit: string;
  period: string;
  analysis: string | null;
};
export type SeedActivity = { title: string; start: string; end: string; analysis: string | null };
export type SeedGoal = {
  level: 'KF_INRIKTNINGSMAL' | 'KF_VERKSAMHETSMAL' | 'NAMNDMAL';
  number: string | null;
  title: string;
  parent: string | null;
  label: string;
  assessment: 'helt' | 'delvis' | null;
  analysis: string | null;
  indicators: SeedIndicator[];
  activities: SeedActivity[];
};
export type Seed2015 = { goals: SeedGoal[]; counts: Record<string, unknown> };

export function readSeed2015(): Seed2015 {
  return JSON.parse(
    readFileSync(new URL('./data/ks-2015.json', import.meta.url), 'utf8'),
  ) as Seed2015;
}

const levels: Record<SeedGoal['level'], GoalLevel> = {
  KF_INRIKTNINGSMAL: 'direction',
  KF_VERKSAMHETSMAL: 'council',
  NAMNDMAL: 'committee',
};

/**
 * The direction of each indicator is not printed as such (domain R-I3): "(max)" is a ceiling,
 * "(lägst)" a floor, "+/-1 %" an interval; energy use, days over an air-quality norm and sick
 * leave are lower-is-better by their meaning. Everything else is higher-is-better.
 */
export function directionOf(indicator: SeedIndicator): Direction {
  if (typeof indicator.target === 'string' && /\+\/-/.test(indicator.target))
    return 'within_interval';
  if (/\(max\)|Elanvändning|normvärdet|Sjukfrånvaro/i.test(indicator.name))
    return 'lower_is_better';
  return 'higher_is_better';
}

const decimalsOf = (i: SeedIndicator) =>
  Math.max(
    0,
    ...[i.outcome, i.previous_year_outcome, i.target, i.kf_target]
      .filter((v): v is number => typeof v === 'number')
      .map((v) => String(v).split('.')[1]?.length ?? 0),
  );

const asDecimal = (value: number | null) => (value === null ? null : String(value));

/** "+/-1 %" → an interval of ±1 around 0; "tas fram av nämnd…" → set by the committee. */
export function targetOf(
  cell: number | string | null,
  reportedInCityAccounts: boolean,
): { kind: TargetKind; value: string | null; tolerance: string | null } {
  if (typeof cell === 'number') return { kind: 'value', value: String(cell), tolerance: null };
  if (cell === null)
    return {
      kind: reportedInCityAccounts ? 'city_accounts' : 'none',
      value: null,
      tolerance: null,
    };
  const interval = /^\+\/-\s*(\d+(?:[.,]\d+)?)\s*%$/.exec(cell);
  if (interval) return { kind: 'value', value: '0', tolerance: interval[1]!.replace(',', '.') };
  if (/^tas fram av nämnd/.test(cell))
    return { kind: 'set_by_committee', value: null, tolerance: null };
  throw new Error(`demo: unreadable target cell "${cell}"`);
}

type Units = { council: string; board: string };

export async function seedFollowUp2015(
  repos: Repositories,
  principal: Principal,
  units: Units,
  log: (line: string) => void,
) {
  const seed = readSeed2015();
  log('Demo: budget years 2014 and 2015 with tertial 1, tertial 2 and VB…');
  const y2014 = await createYear(repos, actorOf(principal), { year: 2014 });
  const y2015 = await createYear(repos, actorOf(principal), { year: 2015 });
  const vb2015 = y2015.periods.find((p) => p.key === 'VB')!;
  const vb2014 = y2014.periods.find((p) => p.key === 'VB')!;
  const place = { unitId: units.board, periodId: vb2015.id };

  log(`Demo: kommunstyrelsens verksamhetsberättelse 2015 (${seed.goals.length} goals)…`);
  const directionIds = new Map<string, string>();
  const councilIds = new Map<string, string>();
  let indicators = 0;
  let activities = 0;
  const created: { seed: SeedGoal; id: string; level: GoalLevel }[] = [];
  for (const g of seed.goals) {
    const level = levels[g.level];
    const parentIds =
      level === 'council'
        ? [directionIds.get(g.parent!)!]
        : level === 'committee'
          ? [councilIds.get(g.parent!)!]
          : [];
    const goal = await createGoal(repos, principal, {
      year: 2015,
      level,
      number: g.number,
      title: g.title,
      description: '',
      ownerUnitId: level === 'committee' ? units.board : units.council,
      heading: g.label,
      parentIds,
      previousGoalId: null,
    });
    if (level === 'direction') directionIds.set(g.number!, goal.id);
    if (level === 'council') councilIds.set(g.number!, goal.id);
    created.push({ seed: g, id: goal.id, level });
  }

  // The report of a unit holds the goals it owns and those above them, so the texts, outcomes
  // and activities go in once every nämndmål is there.
  for (const { seed: g, id: goalId, level } of created) {
    const goal = { id: goalId };
    if (g.assessment !== null || g.analysis !== null)
      await saveGoalAssessment(
        repos,
        principal,
        { ...place, goalId: goal.id },
        {
          value: g.assessment,
          analysis: g.analysis ?? '',
          justification: '',
          version: 0,
        },
      );

    for (const i of g.indicators) {
      const cityAccounts = /^Rapporteras i stadens bokslut/.test(i.analysis ?? '');
      const indicatorId = await createIndicator(repos, principal, {
        name: i.name,
        definition: '',
        unit: i.unit,
        decimals: decimalsOf(i),
        direction: directionOf(i),
        level: i.kf_target === null ? 'committee' : 'council',
        genderSplit: false,
        goalIds: [goal.id],
      });
      const own = targetOf(i.target, cityAccounts);
      const council = targetOf(i.kf_target, false);
      await setTarget(repos, principal, indicatorId, {
        unitId: units.board,
        year: 2015,
        targetKind: own.kind,
        target: own.value,
        councilTargetKind: council.kind,
        councilTarget: council.value,
        tolerance: own.tolerance ?? council.tolerance,
      });
      if (i.outcome !== null || i.analysis !== null)
        await saveOutcome(
          repos,
          principal,
          { ...place, indicatorId },
          {
            value: asDecimal(i.outcome),
            valueWomen: null,
            valueMen: null,
            periodLabel: i.period,
            comment: i.analysis ?? '',
            version: 0,
          },
        );
      // "Periodens utfall VB 2014" is last year's outcome: it lives in 2014's VB, not retyped.
      if (i.previous_year_outcome !== null)
        await recordPastOutcome(
          repos,
          principal,
          { unitId: units.board, periodId: vb2014.id, indicatorId },
          {
            value: asDecimal(i.previous_year_outcome),
            valueWomen: null,
            valueMen: null,
            periodLabel: null,
            comment: '',
            version: 0,
          },
        );
      indicators++;
    }

    for (const a of g.activities) {
      const activityId = await createActivity(repos, principal, {
        year: 2015,
        kind: level === 'council' ? 'council_activity' : 'committee_activity',
        title: a.title,
        description: '',
        goalId: goal.id,
        responsibleUnitId: units.board,
        coResponsibleUnitIds: [],
        startsOn: a.start,
        endsOn: a.end,
      });
      // The report prints no status and an empty Avvikelse column: only the analysis is entered.
      if (a.analysis !== null)
        await saveActivityReport(
          repos,
          principal,
          { ...place, activityId },
          {
            status: null,
            deviation: '',
            analysis: a.analysis,
            version: 0,
          },
        );
      activities++;
    }
  }
  log(`Demo: ${indicators} indicators and ${activities} activities entered.`);
  return { year: y2015, vb2015, vb2014 };
}
