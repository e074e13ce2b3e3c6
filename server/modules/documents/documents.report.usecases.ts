import type { GoalLevel } from '#contracts/goals.ts';
import type { InternalControlChapterData } from '#contracts/internal-control.ts';
import type { ChapterKind, TemplateChapter } from '#contracts/reports.ts';
import { chapterNumbers } from '#contracts/reports.ts';
import type { Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';
import { readEconomy } from '../economy/economy.usecases.ts';
import { readStatements } from '../economy/economy.statements.usecases.ts';
import { reportContent, reportScope, type ReportDeps } from '../followup/followup.usecases.ts';
import { chapterParts } from '../reports/reports.rules.ts';
import { chapterDocumentData } from '../internal-control/internal-control.overview.usecases.ts';
import { templateFor } from '../reports/reports.usecases.ts';
import { formatIsoDate, MISSING } from './documents.format.ts';
import {
  paragraph,
  section,
  type Block,
  type DocumentModel,
  type HeadingLevel,
  type Section,
} from './documents.model.ts';
import { economyBlocks, type EconomyData } from './documents.report.economy.rules.ts';
import { goalSections, type ReportContent } from './documents.report.goals.rules.ts';
import { internalControlBlocks } from './documents.report.internal-control.rules.ts';
import { timed, type Spans } from './documents.spans.ts';
import { words } from './documents.words.ts';

/**
 * A unit's report for a period as a document model, in its template's chapter order: each
 * chapter's text, the goal follow-up at its chapter's place, the economy's tables, the list of
 * attachments. Reads only; the caller must be allowed to read the report (`followup.read` on the
 * unit), exactly as for the report itself.
 */

export type DocumentDeps = ReportDeps & Pick<Repositories, 'economy' | 'audit' | 'tenants'>;

/** What a chapter shows besides its text, in a source of its own so that #13 can fill the rest. */
type ChapterData = {
  report: ReportContent;
  headings: Record<GoalLevel, string>;
  economy: EconomyData | null;
  attachments: { name: string }[];
  /** the kinds of the template's chapters */
  kinds: ReadonlySet<ChapterKind>;
  /** the internal control chapter's data, when the template has one */
  internalControl: InternalControlChapterData | null;
};

/** A writer's text as paragraphs: a blank line separates paragraphs, a line break stays one. */
export const textBlocks = (text: string): Block[] =>
  text
    .split(/\n[ \t]*\n/)
    .map((part) => part.replace(/^\n+|\s+$/g, ''))
    .filter((part) => part.trim() !== '')
    .map((part) => paragraph(part));

/** The kinds whose figures Rödtråd does not keep yet (equality, complaints, staff). */
const placeholderKinds: ChapterKind[] = ['equality', 'complaints', 'staff'];

function chapterSection(
  chapter: TemplateChapter,
  number: string,
  text: string | null,
  data: ChapterData,
): Section {
  const level: HeadingLevel = chapter.parentKey === null ? 2 : 3;
  const written = chapterParts[chapter.kind].text && text ? textBlocks(text) : [];
  const made = section(`${number} ${chapter.heading}`, level, written);
  if (chapter.kind === 'goals') {
    made.sections = goalSections(data.report, data.headings, (level + 1) as HeadingLevel);
    if (made.sections.length === 0) made.blocks.push(paragraph(MISSING, 'missing'));
  } else if (chapter.kind === 'attachments') {
    made.blocks.push(
      data.attachments.length > 0
        ? {
            kind: 'list',
            ordered: false,
            items: data.attachments.map((a, i) => `${words.attachments(i + 1)}: ${a.name}`),
          }
        : paragraph(MISSING, 'missing'),
    );
  } else if (chapter.kind === 'internal_control' && data.internalControl) {
    made.blocks.push(...internalControlBlocks(data.internalControl));
  } else if (placeholderKinds.includes(chapter.kind)) {
    // Until issue #13 keeps these figures, the heading stands with a marked placeholder.
    made.placeholder = true;
    made.blocks.push(paragraph(words.placeholder, 'missing'));
  } else if (chapter.kind.startsWith('economy_')) {
    if (data.economy === null) {
      if (chapterParts[chapter.kind].source === 'economy')
        made.blocks.push(paragraph(words.noEconomy, 'missing'));
    } else made.blocks.push(...economyBlocks(chapter.kind, data.economy, data.kinds));
  }
  return made;
}

/**
 * Chapters nested: a sub-chapter (4.1) inside its parent (4). A chapter with nothing in it and
 * no sub-chapters says "Uppgift saknas"; a heading over sub-chapters needs no text of its own.
 */
function nest(chapters: { chapter: TemplateChapter; made: Section }[]): Section[] {
  const top: Section[] = [];
  const byKey = new Map<string, Section>();
  for (const { chapter, made } of chapters) {
    const parent = chapter.parentKey === null ? undefined : byKey.get(chapter.parentKey);
    (parent ? parent.sections : top).push(made);
    byKey.set(chapter.key, made);
  }
  for (const made of byKey.values())
    if (made.blocks.length === 0 && made.sections.length === 0)
      made.blocks.push(paragraph(MISSING, 'missing'));
  return top;
}

async function economyOf(
  deps: DocumentDeps,
  principal: Principal,
  unitId: string,
  year: number,
): Promise<EconomyData | null> {
  const view = await readEconomy(deps, principal, unitId, year);
  if (view.settings.version === 0 && view.areas.length === 0) return null;
  return { view, statements: await readStatements(deps, principal, unitId, year) };
}

/** Everything the report's document is made of, as read (the builder below only arranges it). */
type ReportSources = {
  period: Awaited<ReturnType<typeof reportScope>>['period'];
  report: ReportContent;
  template: Awaited<ReturnType<typeof templateFor>>;
  texts: Awaited<ReturnType<DocumentDeps['reports']['texts']>>;
  attachments: { name: string }[];
  levels: Awaited<ReturnType<DocumentDeps['goalLevels']['settingsOf']>>;
  tenant: Awaited<ReturnType<DocumentDeps['tenants']['findById']>>;
  economy: EconomyData | null;
  internalControl: ChapterData['internalControl'];
};

/** The reads: the report, template, chapter texts, attachments, level names, tenant, economy. */
async function reportSources(
  deps: DocumentDeps,
  principal: Principal,
  place: { unitId: string; periodId: string },
): Promise<ReportSources> {
  const { tenantId } = principal;
  const { period } = await reportScope(
    deps,
    principal,
    place.unitId,
    place.periodId,
    'followup.read',
  );
  const [report, template, texts, attachments, levels, tenant] = await Promise.all([
    reportContent(deps, tenantId, place.unitId, period),
    templateFor(deps, tenantId, period.yearId, { year: period.year, periodKind: period.kind }),
    deps.reports.texts(tenantId, place.unitId, place.periodId),
    deps.reports.attachments(tenantId, place.unitId, place.periodId),
    deps.goalLevels.settingsOf(tenantId, period.year),
    deps.tenants.findById(tenantId),
  ]);
  const usesEconomy = template.chapters.some((c) => c.kind.startsWith('economy_'));
  const economy = usesEconomy ? await economyOf(deps, principal, place.unitId, period.year) : null;
  const internalControl = template.chapters.some((c) => c.kind === 'internal_control')
    ? await chapterDocumentData(deps, tenantId, place.unitId, place.periodId)
    : null;
  return { period, report, template, texts, attachments, levels, tenant, economy, internalControl };
}

/** The document model of what was read (pure). */
function reportModel(sources: ReportSources, today: string): DocumentModel {
  const { period, report, template, texts, attachments, levels, tenant, economy } = sources;
  const { internalControl } = sources;
  const headings = levels
    ? (Object.fromEntries(
        Object.entries(levels).map(([level, s]) => [level, `${s.name}:`]),
      ) as Record<GoalLevel, string>)
    : words.levelHeadings;
  const kinds = new Set(template.chapters.map((c) => c.kind));
  const data: ChapterData = { report, headings, economy, attachments, kinds, internalControl };
  const numbers = chapterNumbers(template.chapters);
  const textOf = new Map<string, string>();
  for (const t of texts) if (!textOf.has(t.chapterKey)) textOf.set(t.chapterKey, t.text);
  const chapters = template.chapters.map((chapter, i) => ({
    chapter,
    made: chapterSection(chapter, numbers[i]!, textOf.get(chapter.key) ?? null, data),
  }));
  const { state } = report;
  const F = words.facts;
  return {
    kind: 'report',
    language: 'sv-SE',
    title: `${period.name} – ${report.unit.name}`,
    tenantName: tenant?.name ?? '',
    unitName: report.unit.name,
    facts: {
      kind: 'key_value',
      items: [
        { key: F.tenant, value: tenant?.name ?? MISSING },
        { key: F.unit, value: report.unit.name },
        { key: F.period, value: `${period.name} (${period.startsOn} – ${period.endsOn})` },
        { key: F.status, value: words.statuses[state.status] },
        ...(state.status === 'adopted'
          ? [
              { key: F.adopted, value: formatIsoDate(state.adoptedOn) },
              { key: F.decision, value: state.decisionRef ?? MISSING },
            ]
          : []),
        { key: F.made, value: today },
      ],
    },
    sections: nest(chapters),
  };
}

/**
 * A unit's report for a period as a document model. With `spans`, the reads' time is added to
 * `data` and the building's to `model`.
 */
export async function reportDocument(
  deps: DocumentDeps,
  principal: Principal,
  place: { unitId: string; periodId: string },
  today: string,
  spans?: Spans,
): Promise<DocumentModel> {
  const sources = await timed(spans, 'data', () => reportSources(deps, principal, place));
  return timed(spans, 'model', () => reportModel(sources, today));
}
