import { createHash } from 'node:crypto';
import type {
  DocumentVersion,
  DocumentVersions,
  FrozenKind,
  FrozenSummary,
  NewVersionInput,
} from '#contracts/documents.ts';
import { AppError, forbidden } from '#server/errors.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';
import { can } from '../people/people.rules.ts';
import { reportScope } from '../followup/followup.usecases.ts';
import { documentFileName } from './documents.format.ts';
import type { DocumentModel } from './documents.model.ts';
import type { PdfPrinter } from './documents.pdf.ts';
import { documentFormats, renderDocument, type DocumentFormat } from './documents.render.ts';
import { reportDocument, type DocumentDeps } from './documents.report.usecases.ts';
import type { NewVersion } from './documents.repository.ts';
import { decisionCaseModel, type DecisionDocumentDeps } from './documents.usecases.ts';
import { notAdopted, versionNotFound } from './documents.errors.ts';

/**
 * Freezing an adopted report's documents (issue #11 item 3). On adoption every freezable
 * document of the unit's period is rendered in every format and stored with its SHA-256 as
 * version 1, in the adoption's transaction; a correction after the adoption stores version n+1
 * with a reason. Stored files are never changed (a trigger refuses UPDATE and DELETE).
 */

export type FreezeDeps = DocumentDeps &
  DecisionDocumentDeps &
  Pick<Repositories, 'documents' | 'decisions'>;
type Place = { unitId: string; periodId: string };
type Printer = Pick<PdfPrinter, 'print' | 'available'>;

/** A document the adoption freezes: its kind and how its model is built (null: the period has none). */
export type FreezableDocument = {
  kind: FrozenKind;
  build: (
    deps: FreezeDeps,
    principal: Principal,
    place: Place,
    today: string,
  ) => Promise<DocumentModel | null>;
};

/**
 * The documents an adoption freezes: the report, and its decision case (tjänsteutlåtande with
 * protokollsutdrag) when the unit has one for the period. A new kind is one more entry here; it
 * is then frozen, listed, downloaded and verified like these.
 */
export const freezableDocuments: FreezableDocument[] = [
  { kind: 'report', build: reportDocument },
  {
    kind: 'decision_case',
    build: async (deps, principal, place, today) =>
      (await deps.decisions.findCase(principal.tenantId, place.unitId, place.periodId))
        ? decisionCaseModel(deps, principal, place, today)
        : null,
  },
];

/** The formats stored: PDF only where Chromium is found (else Word and HTML, and the answer says so). */
const formatsFor = (printer: Printer): DocumentFormat[] =>
  printer.available() ? ['pdf', 'docx', 'html'] : ['docx', 'html'];

const isChromiumMissing = (error: unknown) =>
  error instanceof AppError && error.code === 'documents.chromium_missing';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The document in the format; null for a PDF when Chromium, though found, does not start. */
async function rendered(doc: DocumentModel, format: DocumentFormat, printer: Printer) {
  try {
    return await renderDocument(doc, format, printer);
  } catch (error) {
    if (format === 'pdf' && isChromiumMissing(error)) return null;
    throw error;
  }
}

/** The reason of a version frozen by adopting the report again after it was reopened. */
const readoption = (state: { adoptedOn: string | null; decisionRef: string | null }) =>
  `Fastställd på nytt ${[state.adoptedOn, state.decisionRef].filter(Boolean).join(', ')}`.trim();

/**
 * Renders every freezable document in every format and stores them as the next version, with
 * the report's adoption date and diarienummer and the reason; audited once per version.
 */
export async function freezeDocuments(
  deps: FreezeDeps,
  principal: Principal,
  place: Place,
  { reason, printer, today }: { reason: string; printer: Printer; today: string },
): Promise<FrozenSummary> {
  const { tenantId } = principal;
  const state = await deps.followup.state(tenantId, place.unitId, place.periodId);
  if (state?.status !== 'adopted') throw notAdopted({ status: state?.status ?? 'draft' });
  const version = (await deps.documents.lastVersion(tenantId, place.unitId, place.periodId)) + 1;
  const why = reason !== '' || version === 1 ? reason : readoption(state);
  const formats = formatsFor(printer);
  const rows: NewVersion[] = [];
  for (const freezable of freezableDocuments) {
    const doc = await freezable.build(deps, principal, place, today);
    if (!doc) continue;
    for (const format of formats) {
      const bytes = await rendered(doc, format, printer);
      if (!bytes) continue;
      const { contentType, extension } = documentFormats[format];
      rows.push({
        ...place,
        kind: freezable.kind,
        format,
        version,
        name: documentFileName(`${doc.title} – version ${version}`, extension),
        contentType,
        size: bytes.length,
        sha256: sha256Of(bytes),
        content: bytes,
        adoptedOn: state.adoptedOn,
        decisionRef: state.decisionRef,
        reason: why,
      });
    }
  }
  await deps.documents.insertVersions(tenantId, rows, principal.userId);
  await deps.audit.record(actorOf(principal), {
    entity: 'document_version',
    entityId: `${place.unitId}/${place.periodId}/${version}`,
    action: 'create',
    after: {
      ...place,
      version,
      adoptedOn: state.adoptedOn,
      decisionRef: state.decisionRef,
      ...(why !== '' ? { reason: why } : {}),
      files: rows.map(({ kind, format, name, size, sha256 }) => ({
        kind,
        format,
        name,
        size,
        sha256,
      })),
    },
  });
  const stored = formats.filter((format) => rows.some((row) => row.format === format));
  return { version, formats: stored, pdfMissing: !stored.includes('pdf') };
}

/** Who may store a new version: an approver or a controller of the unit (or above it). */
const mayCreate = (principal: Principal, ancestry: string[]) =>
  can(principal.grants, 'followup.approve', ancestry) ||
  can(principal.grants, 'model.write', ancestry);

/** "Ny version": the current data rendered and stored as the next version, with a reason. */
export async function createVersion(
  deps: FreezeDeps,
  principal: Principal,
  place: Place,
  input: NewVersionInput,
  options: { printer: Printer; today: string },
): Promise<FrozenSummary> {
  const { ancestry } = await reportScope(
    deps,
    principal,
    place.unitId,
    place.periodId,
    'followup.read',
  );
  if (!mayCreate(principal, ancestry)) throw forbidden();
  return freezeDocuments(deps, principal, place, { ...options, reason: input.reason.trim() });
}

/** Every frozen version of the unit's period, for whoever may read the report. */
export async function listVersions(
  deps: FreezeDeps,
  principal: Principal,
  place: Place,
  printer: Printer,
): Promise<DocumentVersions> {
  const { ancestry } = await reportScope(
    deps,
    principal,
    place.unitId,
    place.periodId,
    'followup.read',
  );
  const stored = await deps.documents.versions(principal.tenantId, place.unitId, place.periodId);
  return {
    versions: stored.map(({ contentType: _type, ...v }) => v as DocumentVersion),
    mayCreate: mayCreate(principal, ancestry),
    pdf: printer.available(),
  };
}

/** One frozen file, its bytes exactly as stored, for whoever may read the report. */
export async function versionFile(
  deps: FreezeDeps,
  principal: Principal,
  place: Place & { versionId: string },
) {
  await reportScope(deps, principal, place.unitId, place.periodId, 'followup.read');
  const file = await deps.documents.versionFile(
    principal.tenantId,
    place.unitId,
    place.periodId,
    place.versionId,
  );
  if (!file) throw versionNotFound();
  return file;
}
