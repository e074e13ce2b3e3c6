import type {
  DecisionCase,
  ProposalOutcome,
  Statement,
  StatementKind,
  StatementRef,
} from '#contracts/decisions.ts';

/**
 * A decision case as documents: the officials' report (tjänsteutlåtande) and the minutes extract
 * (protokollsutdrag), as plain data (sections of headings, paragraphs, numbered proposals and
 * tables) for the document renderers to turn into HTML, DOCX and PDF. Pure: no IO, no markup;
 * every text is the user's text as written, for the renderer to escape.
 */
export type DocBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'numbered'; items: string[] }
  | { kind: 'table'; caption: string; headers: string[]; rows: string[][] };
export type DocSection = { heading: string; blocks: DocBlock[] };
export type CaseDocument = {
  kind: 'officials_report' | 'minutes_extract';
  title: string;
  /** lines under the title: the diarienummer, the date */
  meta: string[];
  sections: DocSection[];
};

export const MISSING = 'Uppgift saknas';

const paragraphsOf = (text: string): DocBlock[] => {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length === 0
    ? [{ kind: 'paragraph', text: MISSING }]
    : parts.map((p) => ({ kind: 'paragraph', text: p }));
};

const orMissing = (text: string) => (text.trim() === '' ? MISSING : text);

/** The officials' report: the proposals, the rapporteur, the summary, background, preparation. */
export function officialsReport(c: DecisionCase): CaseDocument {
  const rapporteur = [c.rapporteur.title, c.rapporteur.name].filter((p) => p !== '').join(' ');
  const sections: DocSection[] = [
    {
      heading: 'Förslag till beslut',
      blocks: [
        ...(c.proposalIntro !== '' ? [{ kind: 'paragraph' as const, text: c.proposalIntro }] : []),
        { kind: 'numbered', items: [...c.proposals] },
      ],
    },
    { heading: 'Föredragande', blocks: [{ kind: 'paragraph', text: orMissing(rapporteur) }] },
    { heading: 'Sammanfattning', blocks: paragraphsOf(c.summary) },
  ];
  if (c.background.trim() !== '')
    sections.push({ heading: 'Bakgrund', blocks: paragraphsOf(c.background) });
  sections.push({
    heading: 'Ärendets beredning',
    blocks:
      c.preparation.length === 0
        ? [{ kind: 'paragraph', text: MISSING }]
        : [
            {
              kind: 'table',
              caption: 'Ärendets beredning',
              headers: ['Datum', 'Beredning'],
              rows: c.preparation.map((p) => [p.date, p.text]),
            },
          ],
  });
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

function statementBlocks(s: Statement): DocBlock[] {
  const who = `${openings[s.kind]} ${membersPhrase(s.members)}`;
  const first = s.refersTo
    ? `${who} med hänvisning till ${referencePhrase(s.refersTo)}.`
    : `${who} enligt följande.`;
  const text = s.text.trim();
  return [{ kind: 'paragraph', text: first }, ...(text === '' ? [] : paragraphsOf(text))];
}

/** The statements by the forum they were made in, forums in the order first met. */
function statementSections(statements: readonly Statement[], body: string): DocSection[] {
  const byForum = new Map<string, Statement[]>();
  for (const s of statements) {
    const forum = s.forum === '' ? body : s.forum;
    byForum.set(forum, [...(byForum.get(forum) ?? []), s]);
  }
  return [...byForum].map(([forum, list]) => ({
    heading: forum,
    blocks: list.flatMap(statementBlocks),
  }));
}

/** The minutes extract: the decision per proposal, then the statements with their references. */
export function minutesExtract(c: DecisionCase): CaseDocument {
  const d = c.decision;
  const body = d?.body ?? MISSING;
  const decision: DocSection = {
    heading: 'Beslut',
    blocks: d
      ? [
          { kind: 'paragraph', text: `${d.body} beslutade den ${d.decidedOn} följande.` },
          {
            kind: 'table',
            caption: 'Beslut per förslag',
            headers: ['Nr', 'Förslag', 'Beslut'],
            rows: c.proposals.map((proposal, index) => {
              const outcome = d.outcomes[index];
              const word = outcome ? outcomeWords[outcome.outcome] : MISSING;
              const note = outcome && outcome.text.trim() !== '' ? `: ${outcome.text}` : '';
              return [String(index + 1), proposal, `${word}${note}`];
            }),
          },
        ]
      : [{ kind: 'paragraph', text: 'Beslutet är inte registrerat.' }],
  };
  return {
    kind: 'minutes_extract',
    title: `Protokollsutdrag: ${c.title}`,
    meta: [`Dnr ${orMissing(c.diarienummer)}`, `${body} ${d?.decidedOn ?? ''}`.trim()],
    sections: [decision, ...statementSections(c.statements, d?.body ?? '')],
  };
}
