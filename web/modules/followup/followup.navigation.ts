import type { FieldIssue } from '#contracts/common.ts';
import type { MissingItem, UnitReport } from '#contracts/followup.ts';

/**
 * Finding one's way through a long report (#12): what is missing in the order the page shows
 * it, where "next missing" goes from where the reader is, what each goal still lacks (for the
 * table of contents), and one list of what is missing after a refused submit. Pure: the page
 * gives the DOM's answers (where each item is relative to the reader) as plain values.
 */

type Placed = Pick<UnitReport, 'goals' | 'activities' | 'missing'>;

const goalKinds = new Set<MissingItem['kind']>(['assessment', 'justification']);

/** An item's identity: a goal, indicator, activity or chapter can be missing once per kind. */
export const missingKey = (item: Pick<MissingItem, 'kind' | 'id'>) => `${item.kind}:${item.id}`;

/**
 * The missing items in the order the page shows them: the chapters (in the template's order
 * when it is known), then each goal in turn with its assessment, its indicators' outcomes and
 * its activities' statuses, then the activities under no goal. Each item once; an item the page
 * does not place comes last, in the order the server gave.
 */
export function missingInPageOrder(
  report: Placed,
  chapterKeys: readonly string[] = [],
): MissingItem[] {
  const rank = new Map<string, number>();
  let next = 0;
  const place = (key: string) => {
    if (!rank.has(key)) rank.set(key, next++);
  };
  for (const key of chapterKeys) place(missingKey({ kind: 'chapter', id: key }));
  for (const item of report.missing) if (item.kind === 'chapter') place(missingKey(item));
  for (const goal of report.goals) {
    place(missingKey({ kind: 'assessment', id: goal.goal.id }));
    place(missingKey({ kind: 'justification', id: goal.goal.id }));
    for (const id of goal.indicatorIds) place(missingKey({ kind: 'outcome', id }));
    for (const id of goal.activityIds) place(missingKey({ kind: 'activity_status', id }));
  }
  for (const a of report.activities)
    place(missingKey({ kind: 'activity_status', id: a.activity.id }));

  const seen = new Set<string>();
  const unique = report.missing.filter((item) => {
    const key = missingKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const order = (item: MissingItem) => rank.get(missingKey(item)) ?? Number.MAX_SAFE_INTEGER;
  // A stable sort: unplaced items keep the server's order among themselves.
  return unique
    .map((item, index) => ({ item, index }))
    .sort((a, b) => order(a.item) - order(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

/** How many items each goal still lacks: its own assessment, its indicators and activities. */
export function missingPerGoal(report: Placed): Map<string, number> {
  const keys = new Set(report.missing.map(missingKey));
  const counts = new Map<string, number>();
  for (const goal of report.goals) {
    const id = goal.goal.id;
    const own = [
      missingKey({ kind: 'assessment', id }),
      missingKey({ kind: 'justification', id }),
      ...goal.indicatorIds.map((i) => missingKey({ kind: 'outcome', id: i })),
      ...goal.activityIds.map((a) => missingKey({ kind: 'activity_status', id: a })),
    ];
    counts.set(id, new Set(own.filter((key) => keys.has(key))).size);
  }
  return counts;
}

/** Where an item is relative to the reader's position: before it, at it (in it), or after it. */
export type Relation = 'before' | 'at' | 'after';

/**
 * The item "next missing" (or "previous") goes to, from the items' places relative to the
 * reader, in page order: the first after the position, else around to the first; the last
 * before it, else around to the last. Null when nothing is missing.
 */
export function stepMissing(
  relations: readonly Relation[],
  direction: 'next' | 'previous',
): number | null {
  if (relations.length === 0) return null;
  if (direction === 'next') {
    const after = relations.indexOf('after');
    return after === -1 ? 0 : after;
  }
  const before = relations.lastIndexOf('before');
  return before === -1 ? relations.length - 1 : before;
}

/** A list in cascade order (depth first, each with its depth) as nested lists. */
export type Nested<T> = { item: T; children: Nested<T>[] };

export function nestByDepth<T>(items: readonly { item: T; depth: number }[]): Nested<T>[] {
  const roots: Nested<T>[] = [];
  const open: { depth: number; node: Nested<T> }[] = [];
  for (const { item, depth } of items) {
    const node: Nested<T> = { item, children: [] };
    while (open.length > 0 && open[open.length - 1]!.depth >= depth) open.pop();
    const parent = open[open.length - 1];
    (parent ? parent.node.children : roots).push(node);
    open.push({ depth, node });
  }
  return roots;
}

/** A gap the server named when it refused to mark the report ready (or to approve it). */
export type RefusalReason = {
  kind: 'assessment' | 'justification' | 'chapter';
  id: string;
  issue: FieldIssue;
};

/**
 * A refusal's issues split into the report's gaps (`missing.<goal id>`, `chapters.<key>`) and
 * the step form's own fields (a comment, a date, a reason).
 */
export function refusalReasons(issues: readonly FieldIssue[]): {
  reasons: RefusalReason[];
  fields: FieldIssue[];
} {
  const reasons: RefusalReason[] = [];
  const fields: FieldIssue[] = [];
  for (const issue of issues) {
    const goal = /^missing\.(.+)$/.exec(issue.path)?.[1];
    const chapter = /^chapters\.(.+)$/.exec(issue.path)?.[1];
    if (goal !== undefined) {
      const justification =
        issue.code === 'followup.justification_missing' ||
        (issue.code === undefined && /justification/i.test(issue.message));
      reasons.push({ kind: justification ? 'justification' : 'assessment', id: goal, issue });
    } else if (chapter !== undefined) reasons.push({ kind: 'chapter', id: chapter, issue });
    else fields.push(issue);
  }
  return { reasons, fields };
}

/** A missing item with the server's reason when the server named it in a refusal. */
export type MergedMissing = MissingItem & { refused: RefusalReason | null };

const sameGap = (item: Pick<MissingItem, 'kind' | 'id'>, reason: RefusalReason) =>
  item.id === reason.id &&
  (item.kind === reason.kind || (goalKinds.has(item.kind) && goalKinds.has(reason.kind)));

/**
 * One list of what is missing: the report's own list (the truth as last loaded), each item
 * once, with the server's reason merged into the items it named. A gap the server named that
 * the list lacks is added only while the list is the one the refusal was answered with
 * (`unlisted`); once the report has changed, such a gap has been filled.
 */
export function mergeRefusal(
  missing: readonly MissingItem[],
  reasons: readonly RefusalReason[],
  { unlisted }: { unlisted: boolean },
): MergedMissing[] {
  const seen = new Set<string>();
  const merged: MergedMissing[] = [];
  for (const item of missing) {
    const key = missingKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push({ ...item, refused: reasons.find((r) => sameGap(item, r)) ?? null });
  }
  if (!unlisted) return merged;
  for (const reason of reasons) {
    if (merged.some((item) => sameGap(item, reason))) continue;
    const named = reason.issue.params?.goal ?? reason.issue.params?.chapter;
    merged.push({
      kind: reason.kind,
      id: reason.id,
      title: typeof named === 'string' ? named : reason.id,
      refused: reason,
    });
  }
  return merged;
}
