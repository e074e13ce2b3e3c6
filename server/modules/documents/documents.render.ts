import { renderDocx } from './documents.docx.ts';
import { renderHtml } from './documents.html.ts';
import type { DocumentModel } from './documents.model.ts';
import type { PdfPrinter } from './documents.pdf.ts';

/** The formats a document comes in, each with its content type and file ending. */
export const documentFormats = {
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
} as const;
export type DocumentFormat = keyof typeof documentFormats;

/** Any document model in a format: a new format is one more renderer here, nothing else. */
export async function renderDocument(
  doc: DocumentModel,
  format: DocumentFormat,
  printer: Pick<PdfPrinter, 'print'>,
): Promise<Buffer> {
  switch (format) {
    case 'html':
      return Buffer.from(renderHtml(doc), 'utf8');
    case 'docx':
      return renderDocx(doc);
    case 'pdf':
      return printer.print(renderHtml(doc));
  }
}
