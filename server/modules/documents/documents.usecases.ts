import { createHash } from 'node:crypto';
import { actorOf, type Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';
import { readCase, type DecisionDeps } from '../decisions/decisions.usecases.ts';
import { decisionCaseDocument } from './documents.decision.rules.ts';
import { documentFileName } from './documents.format.ts';
import type { DocumentModel } from './documents.model.ts';
import type { PdfPrinter } from './documents.pdf.ts';
import { documentFormats, renderDocument, type DocumentFormat } from './documents.render.ts';
import { reportDocument, type DocumentDeps } from './documents.report.usecases.ts';

export type DocumentFile = { name: string; contentType: string; bytes: Buffer; sha256: string };
type Place = { unitId: string; periodId: string };
type Printer = Pick<PdfPrinter, 'print'>;

/** Any document model as a file: its bytes in the format, content type, name and SHA-256. */
async function fileOf(
  doc: DocumentModel,
  format: DocumentFormat,
  printer: Printer,
): Promise<DocumentFile> {
  const bytes = await renderDocument(doc, format, printer);
  const { contentType, extension } = documentFormats[format];
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { name: documentFileName(doc.title, extension), contentType, bytes, sha256 };
}

/** A download in the audit log: the place, format, file name, size and SHA-256. */
async function recordDownload(
  deps: Pick<Repositories, 'audit'>,
  principal: Principal,
  entity: 'report_document' | 'decision_case_document',
  place: Place,
  format: DocumentFormat,
  file: DocumentFile,
) {
  await deps.audit.record(actorOf(principal), {
    entity,
    entityId: `${place.unitId}/${place.periodId}`,
    action: 'download',
    after: { ...place, format, name: file.name, size: file.bytes.length, sha256: file.sha256 },
  });
}

/**
 * A unit's report for a period as a file in the format asked for, for whoever may read the
 * report; the download is recorded in the audit log with the file's SHA-256.
 */
export async function reportFile(
  deps: DocumentDeps,
  principal: Principal,
  place: Place,
  format: DocumentFormat,
  printer: Printer,
  today: string,
): Promise<DocumentFile> {
  const file = await fileOf(await reportDocument(deps, principal, place, today), format, printer);
  await recordDownload(deps, principal, 'report_document', place, format, file);
  return file;
}

export type DecisionDocumentDeps = DecisionDeps & Pick<Repositories, 'tenants' | 'reports'>;

/**
 * A unit's decision case for a period as a document model: the case as `readCase` gives it
 * (stored, or the default proposals), the tenant's name and the report's attachments. For
 * whoever may read the case (`followup.read` on the unit), checked by `readCase`.
 */
export async function decisionCaseModel(
  deps: DecisionDocumentDeps,
  principal: Principal,
  place: Place,
  today: string,
): Promise<DocumentModel> {
  const c = await readCase(deps, principal, place);
  const [tenant, attachments] = await Promise.all([
    deps.tenants.findById(principal.tenantId),
    deps.reports.attachments(principal.tenantId, place.unitId, place.periodId),
  ]);
  return decisionCaseDocument({ case: c, tenantName: tenant?.name ?? '', attachments, today });
}

/**
 * The decision case rendered in a format by the documents' renderers, not audited: for a caller
 * that keeps the file itself (freezing an adopted case) and for `decisionCaseFile`.
 */
export async function renderDecisionCaseDocument(
  deps: DecisionDocumentDeps,
  principal: Principal,
  place: Place,
  format: DocumentFormat,
  printer: Printer,
  today: string,
): Promise<DocumentFile> {
  return fileOf(await decisionCaseModel(deps, principal, place, today), format, printer);
}

/** The decision case as a downloaded file, recorded in the audit log with its SHA-256. */
export async function decisionCaseFile(
  deps: DecisionDocumentDeps,
  principal: Principal,
  place: Place,
  format: DocumentFormat,
  printer: Printer,
  today: string,
): Promise<DocumentFile> {
  const file = await renderDecisionCaseDocument(deps, principal, place, format, printer, today);
  await recordDownload(deps, principal, 'decision_case_document', place, format, file);
  return file;
}
