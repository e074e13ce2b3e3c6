import type {
  ChapterSource,
  ChapterText,
  ChapterTextInput,
  ReportChapters,
} from '#contracts/reports.ts';
import type { Period } from '#contracts/years.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import {
  draftState,
  reportContent,
  reportScope,
  type ReportDeps,
} from '../followup/followup.usecases.ts';
import { writableScope, writeAtVersion } from '../followup/followup.write.usecases.ts';
import { can } from '../people/people.rules.ts';
import { chapterNotFound } from './reports.errors.ts';
import { chapterNumbers } from '#contracts/reports.ts';
import { chapterMissing, chapterParts } from './reports.rules.ts';
import { templateFor } from './reports.usecases.ts';
import { chapterSummary } from '../internal-control/internal-control.overview.usecases.ts';
import { hasFollowUp } from '../internal-control/internal-control.rules.ts';

/**
 * A unit's report for a period as its template's chapters: each with its text, what it shows
 * from elsewhere and what is missing; and the writing of a chapter's text, conflict-safe as the
 * rest of the report (the same permission, the same refusal once the report is no longer a draft).
 */
type Deps = ReportDeps & Pick<Repositories, 'economy' | 'audit'>;
type Place = { unitId: string; periodId: string };

/** A chapter's stored text as the report shows it; null when none is written. */
function textOf(
  texts: Awaited<ReturnType<Deps['reports']['texts']>>,
  chapterKey: string,
): ChapterText | null {
  const stored = texts.find((t) => t.chapterKey === chapterKey);
  if (!stored) return null;
  const { text, version, updatedAt, updatedByName } = stored;
  return { text, version, updatedAt, updatedByName };
}

const templateOfPeriod = (deps: Deps, tenantId: string, period: Period) =>
  templateFor(deps, tenantId, period.yearId, { year: period.year, periodKind: period.kind });

export async function reportChapters(
  deps: Deps,
  principal: Principal,
  { unitId, periodId }: Place,
): Promise<ReportChapters> {
  const { tenantId } = principal;
  const {
    period,
    ancestry,
    previousPeriod,
    state: stored,
  } = await reportScope(deps, principal, unitId, periodId, 'followup.read');
  const template = await templateOfPeriod(deps, tenantId, period);
  const texts = await deps.reports.texts(tenantId, unitId, periodId);
  const attachments = await deps.reports.attachments(tenantId, unitId, periodId);
  const kinds = new Set(template.chapters.map((c) => c.kind));
  const goalsMissing = kinds.has('goals')
    ? (await reportContent(deps, tenantId, unitId, period, previousPeriod)).missing.filter(
        (m) => m.kind !== 'chapter',
      ).length
    : 0;
  const hasEconomy = (await deps.economy.findYear(tenantId, unitId, period.yearId)) !== null;
  const state = stored ?? draftState(unitId, periodId);
  const numbers = chapterNumbers(template.chapters);
  const internalControl = kinds.has('internal_control')
    ? await chapterSummary(deps, tenantId, unitId, periodId)
    : null;

  const chapters = template.chapters.map((chapter, index) => {
    const parts = chapterParts[chapter.kind];
    const text = parts.text ? textOf(texts, chapter.key) : null;
    const source: ChapterSource =
      parts.source === 'economy' && !hasEconomy ? 'no_data' : parts.source;
    return {
      ...chapter,
      number: numbers[index]!,
      hasText: parts.text,
      text,
      source,
      missing: chapterMissing(chapter, {
        text: text?.text ?? null,
        goalsMissing,
        attachments: attachments.length,
        internalControl: internalControl !== null && hasFollowUp(internalControl),
      }),
      ...(chapter.kind === 'internal_control' && internalControl ? { internalControl } : {}),
    };
  });
  return {
    unitId,
    periodId,
    template: {
      year: template.year,
      periodKind: template.periodKind,
      stored: template.stored,
      version: template.version,
    },
    chapters,
    attachments,
    may: {
      write: state.status === 'draft' && can(principal.grants, 'followup.write', ancestry),
    },
  };
}

/** Writes a chapter's text at the version the writer started from; a conflict shows both. */
export async function saveChapterText(
  deps: Deps,
  principal: Principal,
  place: Place & { chapterKey: string },
  input: ChapterTextInput,
): Promise<ChapterText> {
  const { tenantId } = principal;
  const { period } = await writableScope(deps, principal, place);
  const template = await templateOfPeriod(deps, tenantId, period);
  const chapter = template.chapters.find((c) => c.key === place.chapterKey);
  if (!chapter || !chapterParts[chapter.kind].text) throw chapterNotFound();
  const current = async () =>
    textOf(await deps.reports.texts(tenantId, place.unitId, place.periodId), place.chapterKey);
  return writeAtVersion(principal, input, {
    entity: 'report_chapter_text',
    entityId: `${place.unitId}/${place.periodId}/${place.chapterKey}`,
    current,
    write: { ...place, text: input.text },
    save: async (write, version, writer, audit) => {
      const stored = await deps.reports.saveText(tenantId, write, version, writer, audit);
      return stored && textOf([stored], place.chapterKey);
    },
    audited: ['text'],
  });
}
