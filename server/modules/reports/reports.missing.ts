import type { MissingItem } from '#contracts/followup.ts';
import type { TemplateChapter } from '#contracts/reports.ts';
import type { Period } from '#contracts/years.ts';
import type { Repositories } from '#server/repositories.ts';
import { chapterParts, chapterGaps } from './reports.rules.ts';
import { chapterSummary } from '../internal-control/internal-control.overview.usecases.ts';
import { hasFollowUp } from '../internal-control/internal-control.rules.ts';

/**
 * The chapters the tenant's own template for the period requires and the unit has not written,
 * as missing items of the report: they are listed with the rest and block marking it ready.
 * Only a template the tenant has stored for the year counts; the built-in one (a suggestion until
 * a tenant decides its chapters) shows what each chapter lacks in the chapters only. The stored
 * template's chapters come with the report (followup.report reads them in its statement), so
 * nothing is read when there is nothing to ask; the texts only when a chapter requires one.
 */
export async function chaptersMissing(
  deps: Pick<Repositories, 'reports' | 'years' | 'internalControl'>,
  tenantId: string,
  unitId: string,
  period: Pick<Period, 'id'>,
  /** the chapters of the template stored for the period's year and kind; null: none stored */
  stored: readonly TemplateChapter[] | null,
): Promise<MissingItem[]> {
  const asked = (stored ?? []).filter(
    (c) => c.required && (chapterParts[c.kind].text || c.kind === 'attachments'),
  );
  if (asked.length === 0) return [];
  const [texts, attachments] = await Promise.all([
    asked.some((c) => chapterParts[c.kind].text)
      ? deps.reports.texts(tenantId, unitId, period.id)
      : [],
    asked.some((c) => c.kind === 'attachments')
      ? deps.reports.attachments(tenantId, unitId, period.id)
      : [],
  ]);
  const followedUp = asked.some((c) => c.kind === 'internal_control')
    ? hasFollowUp(await chapterSummary(deps, tenantId, unitId, period.id))
    : false;
  return chapterGaps(asked, texts, attachments.length, followedUp);
}
