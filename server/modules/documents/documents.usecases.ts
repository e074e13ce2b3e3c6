import { createHash } from 'node:crypto';
import { actorOf, type Principal } from '#server/principal.ts';
import { documentFileName } from './documents.format.ts';
import type { PdfPrinter } from './documents.pdf.ts';
import { documentFormats, renderDocument, type DocumentFormat } from './documents.render.ts';
import { reportDocument, type DocumentDeps } from './documents.report.usecases.ts';

export type DocumentFile = { name: string; contentType: string; bytes: Buffer; sha256: string };

/**
 * A unit's report for a period as a file in the format asked for, for whoever may read the
 * report; the download is recorded in the audit log with the file's SHA-256.
 */
export async function reportFile(
  deps: DocumentDeps,
  principal: Principal,
  place: { unitId: string; periodId: string },
  format: DocumentFormat,
  printer: Pick<PdfPrinter, 'print'>,
  today: string,
): Promise<DocumentFile> {
  const doc = await reportDocument(deps, principal, place, today);
  const bytes = await renderDocument(doc, format, printer);
  const { contentType, extension } = documentFormats[format];
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const name = documentFileName(doc.title, extension);
  await deps.audit.record(actorOf(principal), {
    entity: 'report_document',
    entityId: `${place.unitId}/${place.periodId}`,
    action: 'download',
    after: { ...place, format, name, size: bytes.length, sha256 },
  });
  return { name, contentType, bytes, sha256 };
}
