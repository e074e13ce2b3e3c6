import { feedbackKinds, type FeedbackTotals, type FeedbackYear } from '#contracts/feedback.ts';

/**
 * Complaints and suggestions counted, pure: totals per kind, the total as klagomål + positiva
 * synpunkter + förbättringsförslag (R-S1), per channel and per category; a survey's change
 * between years in percentage points (R-S2).
 */
export function feedbackTotals(year: FeedbackYear): FeedbackTotals {
  const byKind = Object.fromEntries(
    feedbackKinds.map((kind) => [
      kind,
      year.counts.filter((c) => c.kind === kind).reduce((n, c) => n + c.count, 0),
    ]),
  ) as Record<(typeof feedbackKinds)[number], number>;
  const channels = new Map<string, number>();
  const categories = new Map<
    string,
    { category: string; kind: (typeof feedbackKinds)[number]; count: number }
  >();
  for (const c of year.counts) {
    channels.set(c.channel, (channels.get(c.channel) ?? 0) + c.count);
    const key = `${c.kind}|${c.category}`;
    const found = categories.get(key);
    categories.set(key, {
      category: c.category,
      kind: c.kind,
      count: (found?.count ?? 0) + c.count,
    });
  }
  return {
    ...byKind,
    total: byKind.complaint + byKind.praise + byKind.suggestion,
    byChannel: [...channels].map(([channel, count]) => ({ channel, count })),
    byCategory: [...categories.values()],
  };
}

/** The change of each of this year's surveys from the survey of the same name last year, in pp. */
export function surveyChanges(
  current: FeedbackYear | null,
  previous: FeedbackYear | null,
): { name: string; points: number | null }[] {
  return (current?.surveys ?? []).map((survey) => {
    const before = previous?.surveys.find((s) => s.name === survey.name);
    const points =
      survey.satisfiedShare === null || before?.satisfiedShare == null
        ? null
        : Math.round((survey.satisfiedShare - before.satisfiedShare) * 100) / 100;
    return { name: survey.name, points };
  });
}
