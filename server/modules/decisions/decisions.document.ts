import type {
  DecisionCase,
  ProposalOutcome,
  Statement,
  StatementKind,
  StatementRef,
} from '#contracts/decisions.ts';
import { MISSING, orMissing } from '../documents/documents.format.ts';
import {
  paragraph,
  type Block,
  type HeadingLevel,
  type Section,
  type Table,
} from '../documents/documents.model.ts';

/**
 * A decision case as documents: the officials' report (tjänsteutlåtande) and the minutes extract
 * (protokollsutdrag), as blocks and sections of the document model (documents.model.ts), which
 * the documents' renderers turn into HTML, DOCX and PDF (documents.decision.rules.ts puts the two
 * together). Pure: no IO, no markup; every text is the user's text as written, for the renderer
 * to escape.
 */
export type CaseDocument = {
  kind: 'officials_report' | 'minutes_extract';
  title: string;
  /** lines under the title: the diarienummer, the date */
  meta: string[];
  /** the parts, at heading level 3 (under the part's own heading in the whole document) */
  sections: Section[];
};

export { MISSING };

const LEVEL: HeadingLevel = 3;
const part = (heading: string, blocks: Block[]): Section => ({
  heading,
  level: LEVEL,
  blocks,
  sections: [],
});
const missing = () => paragraph(MISSING, 'missing');

const paragraphsOf = (text: string): Block[] => {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length === 0 ? [missing()] : parts.map((p) => paragraph(p));
};

/** A table with one header row, every column left-aligned, the first cell naming the row. */
const table = (caption: string, headers: string[], rows: string[][]): Table => ({
  kind: 'table',
  caption,
  head: [headers],
  body: rows.map((cells) => ({ cells, role: 'body' })),
  align: headers.map(() => 'left'),
  rowHeaders: false,
});

/** The officials' report: the proposals, the rapporteur, the summary, background, preparation. */
export function officialsReport(c: DecisionCase): CaseDocument {
  const rapporteur = [c.rapporteur.title, c.rapporteur.name].filter((p) => p !== '').join(' ');
  const sections: Section[] = [
    part('Förslag till beslut', [
      ...(c.proposalIntro !== '' ? [paragraph(c.proposalIntro)] : []),
      c.proposals.length === 0
        ? missing()
        : { kind: 'list', ordered: true, items: [...c.proposals] },
    ]),
    part('Föredragande', [rapporteur === '' ? missing() : paragraph(rapporteur)]),
    part('Sammanfattning', paragraphsOf(c.summary)),
  ];
  if (c.background.trim() !== '') sections.push(part('Bakgrund', paragraphsOf(c.background)));
  sections.push(
    part(
      'Ärendets beredning',
      c.preparation.length === 0
        ? [missing()]
        : [
            table(
              'Ärendets beredning',
              ['Datum', 'Beredning'],
              c.preparation.map((p) => [p.date, p.text]),
            ),
          ],
    ),
  );
  return {
    kind: 'officials_report',
    title: c.title,
    meta: [
      `Dnr ${orMissing(c.diarienummer)}`,
      `Tjänsteutlåtande daterat ${c.reportDate ?? MISSING}`,
    ],
    sections,
  };
}

const outcomeWords: Record<ProposalOutcome, string> = {
  approved: 'Bifall',
  rejected: 'Avslag',
  amended: 'Ändrat',
};

/** "Särskilt uttalande gjordes av", "Reservation anfördes av", "Ersättaryttrande gjordes av" */
const openings: Record<StatementKind, string> = {
  special_statement: 'Särskilt uttalande gjordes av',
  reservation: 'Reservation anfördes av',
  substitute_statement: 'Ersättaryttrande gjordes av',
};
/** The statement referred to, in the definite form: "reservationen av (S)". */
const definite: Record<StatementKind, string> = {
  special_statement: 'det särskilda uttalandet',
  reservation: 'reservationen',
  substitute_statement: 'ersättaryttrandet',
};

const and = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;

/**
 * Members as the minutes print them, grouped by party in the order given:
 * "Anna König Jerlmyr, Joakim Larsson och Cecilia Brinck (alla M) och Lotta Edholm (L)".
 */
export function membersPhrase(members: Statement['members']): string {
  const groups: { party: string; names: string[] }[] = [];
  for (const { name, party } of members) {
    const last = groups.at(-1);
    if (last && last.party === party) last.names.push(name);
    else groups.push({ party, names: [name] });
  }
  return groups
    .map(({ party, names }) => {
      if (party === '') return and(names);
      const all = names.length === 1 ? '' : names.length === 2 ? 'båda ' : 'alla ';
      return `${and(names)} (${all}${party})`;
    })
    .join(' och ');
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);

/** "reservationen av (S) i borgarrådsberedningen", and the case when it is another one. */
export function referencePhrase(ref: StatementRef): string {
  const parties = [...new Set(ref.members.map((m) => m.party).filter((p) => p !== ''))];
  const by = parties.length > 0 ? ` av (${parties.join(', ')})` : '';
  const forum = ref.forum !== '' ? ` i ${lowerFirst(ref.forum)}` : '';
  const other = ref.caseTitle ? ` i ärendet ${ref.caseTitle}` : '';
  return `${definite[ref.kind]}${by}${forum}${other}`;
}

function statementBlocks(s: Statement): Block[] {
  const who = `${openings[s.kind]} ${membersPhrase(s.members)}`;
  const first = s.refersTo
    ? `${who} med hänvisning till ${referencePhrase(s.refersTo)}.`
    : `${who} enligt följande.`;
  const text = s.text.trim();
  return [paragraph(first), ...(text === '' ? [] : paragraphsOf(text))];
}

/** The statements by the forum they were made in, forums in the order first met. */
function statementSections(statements: readonly Statement[], body: string): Section[] {
  const byForum = new Map<string, Statement[]>();
  for (const s of statements) {
    const forum = s.forum === '' ? body : s.forum;
    byForum.set(forum, [...(byForum.get(forum) ?? []), s]);
  }
  return [...byForum].map(([forum, list]) => part(forum, list.flatMap(statementBlocks)));
}

/** The minutes extract: the decision per proposal, then the statements with their references. */
export function minutesExtract(c: DecisionCase): CaseDocument {
  const d = c.decision;
  const body = d?.body ?? MISSING;
  const decision = part(
    'Beslut',
    d
      ? [
          paragraph(`${d.body} beslutade den ${d.decidedOn} följande.`),
          table(
            'Beslut per förslag',
            ['Nr', 'Förslag', 'Beslut'],
            c.proposals.map((proposal, index) => {
              const outcome = d.outcomes[index];
              const word = outcome ? outcomeWords[outcome.outcome] : MISSING;
              const note = outcome && outcome.text.trim() !== '' ? `: ${outcome.text}` : '';
              return [String(index + 1), proposal, `${word}${note}`];
            }),
          ),
        ]
      : [paragraph('Beslutet är inte registrerat.', 'missing')],
  );
  return {
    kind: 'minutes_extract',
    title: `Protokollsutdrag: ${c.title}`,
    meta: [`Dnr ${orMissing(c.diarienummer)}`, `${body} ${d?.decidedOn ?? ''}`.trim()],
    sections: [decision, ...statementSections(c.statements, d?.body ?? '')],
  };
}
