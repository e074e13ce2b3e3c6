import type { YearFile } from '#contracts/years.exchange.ts';

/** A small seeded generator (mulberry32): the same seed, the same shuffle. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The same file as another writer might give it: every list and record in another order, and
 * the refs renamed. It holds the same data, so an import must take it as the same file.
 */
export function shuffledFile(file: YearFile, seed: number): YearFile {
  const random = generator(seed);
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const record = <T, R>(of: Record<string, T>, map: (t: T) => R = (t) => t as unknown as R) =>
    Object.fromEntries(shuffle(Object.entries(of)).map(([key, value]) => [key, map(value)]));
  const tag = Math.floor(random() * 1e6).toString(36);
  const ref = (r: string) => `${r}-${tag}`;
  return {
    ...file,
    periods: file.periods,
    goals: shuffle(file.goals).map((g) => ({
      ...g,
      ref: ref(g.ref),
      parents: shuffle(g.parents).map(ref),
    })),
    indicators: shuffle(file.indicators).map((i) => ({
      ...i,
      ref: ref(i.ref),
      goals: shuffle(i.goals).map(ref),
      outcomes: record(i.outcomes),
      ...(i.previousOutcomes ? { previousOutcomes: record(i.previousOutcomes) } : {}),
    })),
    activities: shuffle(file.activities).map((a) => ({
      ...a,
      ref: ref(a.ref),
      goal: a.goal === null ? null : ref(a.goal),
      coResponsible: shuffle(a.coResponsible),
      reports: record(a.reports),
    })),
    assessments: Object.fromEntries(
      shuffle(Object.entries(file.assessments)).map(([goal, byPeriod]) => [
        ref(goal),
        record(byPeriod),
      ]),
    ),
    assignedGoals: shuffle(file.assignedGoals).map(ref),
    chapters: record(file.chapters, (texts) => record(texts)),
    attachments: record(file.attachments, (list) => shuffle(list)),
  };
}
