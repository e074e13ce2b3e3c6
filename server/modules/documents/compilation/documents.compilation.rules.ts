import type { RollUp } from '#contracts/followup.ts';
import type { UnitAtDate, UnitKind } from '#contracts/org.ts';
import type { Period } from '#contracts/years.ts';
import {
  paragraph,
  section,
  type DocumentModel,
  type HeadingLevel,
  type Section,
  type Table,
} from '../documents.model.ts';

/**
 * The city's compilation as a document model (pure): a common introduction with the council's
 * roll-up table, then each committee's report as the report builder made it, one heading level
 * down. The job (documents.compilation.jobs.ts) builds the committees' parts one at a time and
 * keeps each, then puts them together here and renders once.
 */

export const compilationWords = {
  title: (period: string) => `Stadens sammanställning – ${period}`,
  introduction: 'Inledning',
  about: (tenant: string, period: string, committees: number) =>
    `${tenant}: alla nämnders rapporter för ${period}, ${committees} nämnder. Tabellen visar för varje av kommunfullmäktiges mål hur många nämnder som bedömer att målet uppfylls helt, delvis eller inte, och hur många som inte har rapporterat.`,
  rollUpCaption: 'Kommunfullmäktiges mål och nämndernas bedömningar',
  rollUpHead: ['Mål', 'Helt', 'Delvis', 'Inte', 'Ej rapporterat', 'Nämnder'],
  noGoals: 'Året har inga mål på kommunfullmäktiges nivå.',
  committees: 'Nämnderna',
  facts: { tenant: 'Organisation', period: 'Period', committees: 'Nämnder', made: 'Framtagen' },
};

/** The kinds of unit that report to the council: the executive board and the committees. */
const committeeKinds: readonly UnitKind[] = ['executive_board', 'committee'];
const swedish = new Intl.Collator('sv');

/**
 * The committees of a compilation, in its order: the executive board (Kommunstyrelsen) first,
 * then the committees by their Swedish names. Units of other kinds (administrations, units,
 * company boards) report inside or outside a committee's report, not beside it.
 */
export function committeesOf(tree: readonly UnitAtDate[]): UnitAtDate[] {
  return tree
    .filter((unit) => committeeKinds.includes(unit.kind))
    .sort(
      (a, b) =>
        committeeKinds.indexOf(a.kind) - committeeKinds.indexOf(b.kind) ||
        swedish.compare(a.name, b.name) ||
        (a.id < b.id ? -1 : 1),
    );
}

const deeper = (level: HeadingLevel): HeadingLevel => Math.min(4, level + 1) as HeadingLevel;

/** Sections one heading level down (as Word's Heading 4, nothing goes deeper than 4). */
export const demoted = (sections: readonly Section[]): Section[] =>
  sections.map((s) => ({ ...s, level: deeper(s.level), sections: demoted(s.sections) }));

/**
 * A committee's part: its report under a heading of its name, with the report's facts (status,
 * adoption) and chapters. The title page facts the compilation states once are left out.
 */
export function committeePart(report: DocumentModel, leaveOut: readonly string[]): Section {
  const facts = report.facts.items.filter((item) => !leaveOut.includes(item.key));
  const part = section(report.unitName, 2, [{ kind: 'key_value', items: facts }]);
  part.sections = demoted(report.sections);
  return part;
}

const count = (n: number) => String(n);

/** The council roll-up as a table: one row per KF goal. */
export function rollUpTable(rollUp: RollUp): Table {
  return {
    kind: 'table',
    caption: compilationWords.rollUpCaption,
    head: [compilationWords.rollUpHead],
    body: rollUp.goals.map(({ goal, counts }) => ({
      role: 'body' as const,
      cells: [
        [goal.number?.trim(), goal.title].filter(Boolean).join(' '),
        count(counts.helt),
        count(counts.delvis),
        count(counts.inte),
        count(counts.notReported),
        count(counts.total),
      ],
    })),
    align: ['left', 'right', 'right', 'right', 'right', 'right'],
    rowHeaders: true,
  };
}

export type CompilationInput = {
  tenantName: string;
  period: Pick<Period, 'name' | 'startsOn' | 'endsOn'>;
  rollUp: RollUp;
  /** each committee's part, in the compilation's order */
  parts: readonly Section[];
  today: string;
};

/** The whole compilation: introduction with the roll-up, then the committees in order. */
export function compilationModel(input: CompilationInput): DocumentModel {
  const { tenantName, period, rollUp, parts, today } = input;
  const W = compilationWords;
  const introduction = section(W.introduction, 2, [
    paragraph(W.about(tenantName, period.name, parts.length)),
    rollUp.goals.length > 0 ? rollUpTable(rollUp) : paragraph(W.noGoals, 'missing'),
  ]);
  return {
    kind: 'report',
    language: 'sv-SE',
    title: W.title(period.name),
    tenantName,
    unitName: W.committees,
    facts: {
      kind: 'key_value',
      items: [
        { key: W.facts.tenant, value: tenantName },
        { key: W.facts.period, value: `${period.name} (${period.startsOn} – ${period.endsOn})` },
        { key: W.facts.committees, value: String(parts.length) },
        { key: W.facts.made, value: today },
      ],
    },
    sections: [introduction, ...parts],
  };
}
