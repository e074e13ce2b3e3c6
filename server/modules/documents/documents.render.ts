import { renderDocx } from './documents.docx.ts';
import { renderHtml } from './documents.html.ts';
import type { DocumentModel } from './documents.model.ts';
import type { PdfPrinter } from './documents.pdf.ts';
import { timed, type Spans } from './documents.spans.ts';

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

/**
 * Any document model in a format: a new format is one more renderer here, nothing else. With
 * `spans`, where the time goes (`html`, `docx tree`/`docx pack`, Chromium's steps).
 */
export async function renderDocument(
  doc: DocumentModel,
  format: DocumentFormat,
  printer: Pick<PdfPrinter, 'print'>,
  spans?: Spans,
): Promise<Buffer> {
  const html = () => timed(spans, 'html', () => renderHtml(doc));
  switch (format) {
    case 'html':
      return Buffer.from(await html(), 'utf8');
    case 'docx':
      return renderDocx(doc, spans);
    case 'pdf':
      return printer.print(await html(), spans);
  }
}
