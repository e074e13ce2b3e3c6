import { createHash } from 'node:crypto';
import { ATTACHMENT_LIMIT, attachmentTypes, type Attachment } from '#contracts/reports.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { reportScope, type ReportDeps } from '../followup/followup.usecases.ts';
import { writableScope } from '../followup/followup.write.usecases.ts';
import { attachmentNotFound, attachmentType } from './reports.errors.ts';
import { attachmentKind } from './reports.rules.ts';

/**
 * The files a unit attaches to its report for a period (Bilagor): uploaded and deleted by those
 * who write the report while it is a draft, read by those who read it. Each is kept in the
 * database with its SHA-256, so that what is downloaded can be checked against what was sent.
 */
type Deps = ReportDeps & Pick<Repositories, 'audit'>;
type Place = { unitId: string; periodId: string };
export type Upload = { name: string; bytes: Uint8Array };

export async function uploadAttachment(
  deps: Deps,
  principal: Principal,
  place: Place,
  upload: Upload,
): Promise<Attachment> {
  const { tenantId } = principal;
  await writableScope(deps, principal, place);
  const kind = attachmentKind(upload.name, upload.bytes);
  if (!kind || upload.bytes.length > ATTACHMENT_LIMIT)
    throw attachmentType({ allowed: Object.values(attachmentTypes) });
  const file = {
    ...place,
    name: upload.name,
    contentType: kind.contentType,
    size: upload.bytes.length,
    sha256: createHash('sha256').update(upload.bytes).digest('hex'),
    content: upload.bytes,
  };
  const id = await deps.reports.insertAttachment(tenantId, file, principal.userId);
  const { content: _content, ...audited } = file;
  await deps.audit.record(actorOf(principal), {
    entity: 'report_attachment',
    entityId: id,
    action: 'create',
    after: audited,
  });
  return (await deps.reports.attachments(tenantId, place.unitId, place.periodId)).find(
    (a) => a.id === id,
  )!;
}

/** One attachment with its bytes, for whoever may read the unit's report. */
export async function attachmentFile(
  deps: Deps,
  principal: Principal,
  place: Place & { attachmentId: string },
) {
  await reportScope(deps, principal, place.unitId, place.periodId, 'followup.read');
  const file = await deps.reports.attachmentFile(
    principal.tenantId,
    place.unitId,
    place.periodId,
    place.attachmentId,
  );
  if (!file) throw attachmentNotFound();
  return file;
}

export async function deleteAttachment(
  deps: Deps,
  principal: Principal,
  place: Place & { attachmentId: string },
): Promise<void> {
  const { tenantId } = principal;
  await writableScope(deps, principal, place);
  const file = (await deps.reports.attachments(tenantId, place.unitId, place.periodId)).find(
    (a) => a.id === place.attachmentId,
  );
  if (
    !file ||
    !(await deps.reports.deleteAttachment(tenantId, place.unitId, place.periodId, file.id))
  )
    throw attachmentNotFound();
  await deps.audit.record(actorOf(principal), {
    entity: 'report_attachment',
    entityId: file.id,
    action: 'delete',
    before: { ...place, name: file.name, size: file.size, sha256: file.sha256 },
  });
}
