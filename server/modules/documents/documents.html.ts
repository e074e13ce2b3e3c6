import type { Block, DocumentModel, KeyValue, Section, Table } from './documents.model.ts';

/**
 * The HTML renderer: a complete standalone document (lang sv-SE, a title, headings h1–h4,
 * tables with captions, header cells with scope, and print CSS: A4, repeating table headers,
 * page numbers and a running header in the page margins). It is also what the PDF renderer
 * prints. Every text of the model is escaped here and nowhere interpreted, so "<script>" in an
 * analysis is shown as those characters.
 *
 * The pieces (`htmlStart`, `htmlSection`, `htmlEnd`) let a compilation write unit after unit
 * without holding the whole document.
 */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c]!);

/** A CSS string literal of any text: every character but letters, digits and space escaped. */
export const cssString = (text: string): string =>
  `"${[...text]
    .map((c) => (/[\p{L}\p{N} ]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `))
    .join('')}"`;

const css = (doc: Pick<DocumentModel, 'tenantName' | 'unitName'>) => `
:root { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
h1 { font-size: 20pt; margin: 0 0 .5rem; }
h2 { font-size: 15pt; margin: 1.6rem 0 .5rem; }
h3 { font-size: 12.5pt; margin: 1.2rem 0 .4rem; }
h4 { font-size: 11pt; margin: 1rem 0 .3rem; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
p.label { font-weight: bold; margin-top: .6rem; }
p.missing { font-style: italic; }
section.placeholder { border-left: 3px dashed #888; padding-left: .75rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
dl.facts dt { font-weight: bold; }
dl.notes dt { font-weight: bold; margin-top: .4rem; }
dl.notes dd { margin: 0 0 .3rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
dl { overflow-wrap: anywhere; }
dd { margin: 0; }
nav.toc ol { list-style: none; padding-left: 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; caption-side: top; }
th, td { border: 1px solid #999; padding: .2rem .35rem; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: manual; }
thead th { background: #e8e8e8; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; white-space: nowrap; }
.nowrap { white-space: nowrap; }
tr.group th { background: #f3f3f3; }
tr.sum th, tr.sum td { font-weight: bold; }
@page {
  size: A4;
  margin: 22mm 18mm 20mm;
  @top-left { content: ${cssString(`${doc.tenantName} · ${doc.unitName}`)}; font-size: 8pt; color: #444; }
  @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; color: #444; }
}
@media print {
  body { max-width: none; padding: 0; }
  nav.toc { break-after: page; }
  a { color: inherit; text-decoration: none; }
}
`;

const textParagraph = (text: string, style: string) =>
  `<p${style === 'body' ? '' : ` class="${style}"`}>${escapeHtml(text)}</p>`;

function keyValue(list: KeyValue, className: string): string {
  const items = list.items
    .map((i) => `<dt>${escapeHtml(i.key)}</dt><dd>${escapeHtml(i.value)}</dd>`)
    .join('');
  return `<dl class="${className}">${items}</dl>`;
}

function table(t: Table): string {
  const width = Math.max(...t.head.map((r) => r.length));
  const cls = (i: number) => (t.align[i] === 'right' ? ' class="num"' : '');
  // a date is never broken at its hyphens
  const cellClass = (i: number, text: string) => (ISO_DATE.test(text) ? ' class="nowrap"' : cls(i));
  const head = t.head
    .map(
      (row) =>
        `<tr>${row.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c)}</th>`).join('')}</tr>`,
    )
    .join('');
  const body = t.body
    .map((row) => {
      if (row.role === 'group')
        return `<tr class="group"><th scope="rowgroup" colspan="${width}">${escapeHtml(row.cells[0] ?? '')}</th></tr>`;
      const cells = row.cells
        .map((c, i) =>
          i === 0 && t.rowHeaders
            ? `<th scope="row">${escapeHtml(c)}</th>`
            : `<td${cellClass(i, c)}>${escapeHtml(c)}</td>`,
        )
        .join('');
      return `<tr${row.role === 'sum' ? ' class="sum"' : ''}>${cells}</tr>`;
    })
    .join('\n');
  return `<table><caption>${escapeHtml(t.caption)}</caption><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return textParagraph(b.text, b.style);
    case 'table':
      return table(b);
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>`;
    }
    case 'key_value':
      return keyValue(b, 'notes');
  }
}

/** One section with its blocks and sub-sections; `id` is its anchor for the contents. */
export function htmlSection(s: Section, id: string): string {
  const cls = s.placeholder ? ' class="placeholder"' : '';
  return [
    `<section${cls} aria-labelledby="${id}">`,
    `<h${s.level} id="${id}">${escapeHtml(s.heading)}</h${s.level}>`,
    ...s.blocks.map(block),
    ...s.sections.map((sub, i) => htmlSection(sub, `${id}-${i + 1}`)),
    '</section>',
  ].join('\n');
}

/** The contents: the chapters and their sub-chapters, linked. */
function contents(sections: readonly Section[], prefix = 's', depth = 0): string {
  if (depth > 1 || sections.length === 0) return '';
  const items = sections
    .map(
      (s, i) =>
        `<li><a href="#${prefix}-${i + 1}">${escapeHtml(s.heading)}</a>${contents(s.sections, `${prefix}-${i + 1}`, depth + 1)}</li>`,
    )
    .join('');
  return `<ol>${items}</ol>`;
}

/** Everything before the first section: head, styles, title, facts and the contents. */
export function htmlStart(doc: DocumentModel, toc: readonly Section[] = doc.sections): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="author" content="${escapeHtml(doc.tenantName)}">`,
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${css(doc)}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    keyValue(doc.facts, 'facts'),
    '</header>',
    toc.length > 0
      ? `<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">Innehåll</h2>${contents(toc)}</nav>`
      : '',
    '<main>',
  ].join('\n');
}

export const htmlEnd = '</main>\n</body>\n</html>\n';

export function renderHtml(doc: DocumentModel): string {
  return [
    htmlStart(doc),
    ...doc.sections.map((s, i) => htmlSection(s, `s-${i + 1}`)),
    htmlEnd,
  ].join('\n');
}
