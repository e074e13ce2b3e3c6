import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type {
  Block,
  DocumentModel,
  HeadingLevel as ModelLevel,
  KeyValue,
  Section,
  Table as ModelTable,
} from './documents.model.ts';

/**
 * The Word renderer (the `docx` package): Word's own Heading 1–4 styles, a table of contents
 * field over them, tables whose header rows repeat on every page they span, page numbers in the
 * footer, the tenant's and unit's names in the header, and Swedish (sv-SE) as the language of
 * every run, so that spelling and hyphenation are Swedish. Texts are written as text runs: the
 * package encodes them as XML text, so markup a user wrote stays the characters typed.
 */

const headingOf: Record<ModelLevel, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};

/** A text's lines as runs with line breaks between them. */
const runs = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));

const heading = (text: string, level: ModelLevel) =>
  new Paragraph({ heading: headingOf[level], children: runs(text), keepNext: true });

function cell(
  text: string,
  options: { header?: boolean; right?: boolean; span?: number; bold?: boolean },
) {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: runs(text, { bold: options.header || options.bold }),
      }),
    ],
    ...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.header
      ? { shading: { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } }
      : {}),
  });
}

function table(t: ModelTable): FileChild[] {
  const width = Math.max(...t.head.map((r) => r.length));
  const right = (i: number) => t.align[i] === 'right';
  const head = t.head.map(
    (row) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: row.map((c, i) => cell(c, { header: true, right: right(i) })),
      }),
  );
  const body = t.body.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children:
          row.role === 'group'
            ? [cell(row.cells[0] ?? '', { bold: true, span: width })]
            : row.cells.map((c, i) => cell(c, { right: right(i), bold: row.role === 'sum' })),
      }),
  );
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: runs(t.caption) }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...head, ...body] }),
    new Paragraph({ children: [] }),
  ];
}

const keyValue = (list: KeyValue): Paragraph[] =>
  list.items.flatMap((i) => [
    new Paragraph({ keepNext: true, children: runs(i.key, { bold: true }) }),
    new Paragraph({ children: runs(i.value) }),
  ]);

function block(b: Block): FileChild[] {
  switch (b.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          keepNext: b.style === 'label',
          children: runs(b.text, { bold: b.style === 'label', italics: b.style === 'missing' }),
        }),
      ];
    case 'table':
      return table(b);
    case 'list': {
      if (!b.ordered)
        return b.items.map((i) => new Paragraph({ bullet: { level: 0 }, children: runs(i) }));
      // Each ordered list its own instance, so that its numbers start at 1 (att-satser 1, 2, 3).
      const numbering = { reference: ORDERED, level: 0, instance: ++orderedLists };
      return b.items.map((i) => new Paragraph({ numbering, children: runs(i) }));
    }
    case 'key_value':
      return keyValue(b);
  }
}

/** Word's numbering of the model's ordered lists: "1.", "2.", … hanging in the margin. */
const ORDERED = 'ordered';
let orderedLists = 0;
const numbering = {
  config: [
    {
      reference: ORDERED,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
  ],
};

/** One section's paragraphs and tables, its sub-sections after its blocks. */
export function docxSection(s: Section): FileChild[] {
  return [
    heading(s.heading, s.level),
    ...s.blocks.flatMap(block),
    ...s.sections.flatMap(docxSection),
  ];
}

/** The title, the facts and the table of contents: what comes before the sections. */
export function docxStart(doc: DocumentModel): FileChild[] {
  return [
    heading(doc.title, 1),
    ...keyValue(doc.facts),
    new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-4' }),
  ];
}

const SWEDISH = { value: 'sv-SE' } as const;

/** The Word file of the given body (`docxStart` and the sections, or a compilation's). */
export function docxPackage(doc: DocumentModel, children: FileChild[]): Promise<Buffer> {
  const running = `${doc.tenantName} · ${doc.unitName}`;
  const file = new Document({
    title: doc.title,
    creator: doc.tenantName || 'Rödtråd',
    description: doc.title,
    features: { updateFields: true },
    numbering,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 21, language: SWEDISH } },
      },
      paragraphStyles: [
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: 19, language: SWEDISH },
        },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: running, size: 16 })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(file);
}

export const renderDocx = (doc: DocumentModel): Promise<Buffer> =>
  docxPackage(doc, [...docxStart(doc), ...doc.sections.flatMap(docxSection)]);
