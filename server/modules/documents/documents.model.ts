/**
 * The document model: what a document says, apart from how a format draws it. A builder
 * (documents.report.usecases.ts for a unit's report; a decision case's builder later) reads the
 * data and returns a `DocumentModel`; each renderer (HTML, DOCX, PDF through the HTML) draws any
 * model. Everything is plain text: a renderer escapes or encodes it, never interprets it, so
 * markup a user wrote is shown as the characters they typed.
 */

export type HeadingLevel = 1 | 2 | 3 | 4;
export type Align = 'left' | 'right';

/** A paragraph's role: body text, a bold label before a text ("Analys"), or a missing value. */
export type ParagraphStyle = 'body' | 'label' | 'missing';

export type Paragraph = {
  kind: 'paragraph';
  /** plain text; a line break is kept as a line break */
  text: string;
  style: ParagraphStyle;
};

/** A row of a table: `header` rows name a group (one cell spanning the table), `sum` rows total. */
export type TableRow = {
  cells: string[];
  role: 'body' | 'group' | 'sum';
};

export type Table = {
  kind: 'table';
  caption: string;
  /** the header rows, each a cell per column (repeated on every page a table spans) */
  head: string[][];
  body: TableRow[];
  /** per column; numbers are right-aligned */
  align: Align[];
  /** whether the first cell of a body row names the row (a row header) */
  rowHeaders: boolean;
};

export type List = { kind: 'list'; ordered: boolean; items: string[] };

/** Terms and their texts: the document's facts, an indicator's comment, an activity's analysis. */
export type KeyValue = { kind: 'key_value'; items: { key: string; value: string }[] };

export type Block = Paragraph | Table | List | KeyValue;

export type Section = {
  heading: string;
  level: HeadingLevel;
  blocks: Block[];
  sections: Section[];
  /**
   * The section holds no data from Rödtråd yet (the figures are not kept); its heading is kept
   * so the document has the template's structure, and renderers mark it as a placeholder.
   */
  placeholder?: boolean;
};

export type DocumentKind = 'report' | 'decision';

/** A whole document: its title page facts and its sections in order. */
export type DocumentModel = {
  kind: DocumentKind;
  language: 'sv-SE';
  /** the document's title (h1, the PDF's and DOCX's title) */
  title: string;
  /** who the document is of, for the running header: "Stockholms stad · Kommunstyrelsen" */
  tenantName: string;
  unitName: string;
  /** facts under the title: period, status, adoption, when it was made */
  facts: KeyValue;
  sections: Section[];
};

export const paragraph = (text: string, style: ParagraphStyle = 'body'): Paragraph => ({
  kind: 'paragraph',
  text,
  style,
});

export const section = (
  heading: string,
  level: HeadingLevel,
  blocks: Block[],
  sections: Section[] = [],
): Section => ({ heading, level, blocks, sections });

/** Every section in reading order, depth first (for outlines, tables of contents and tests). */
export function* sectionsInOrder(sections: readonly Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* sectionsInOrder(s.sections);
  }
}
