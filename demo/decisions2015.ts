import { readFileSync } from 'node:fs';
import type { StatementKind } from '#contracts/decisions.ts';
import { addStatement, saveCase } from '#server/modules/decisions/decisions.usecases.ts';
import type { Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';

/**
 * Kommunstyrelsen's decision case on its 2015 annual report, as seed 000 prints it: the
 * proposals word for word (data/ks-2015.json `decision`), the rapporteur, the preparation, and
 * the three statements with their references. The seed gives no date or outcome of
 * kommunstyrelsen's decision, so none is recorded.
 */
type Who = { name: string; party: string };
type SeedStatement = { kind: string; forum: string; who: Who[] };
type Seed = {
  decision: {
    document_reference: string;
    title: string;
    proposal_intro: string;
    proposals: { number: number; text: string }[];
    case: { text: string };
    preparation: { text: string };
    rapporteur: { name: string; title: string };
    date: string;
    statements: SeedStatement[];
  };
};
type Texts = { statements: { text: string }[] };

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;

const kinds: Record<string, StatementKind> = {
  'Särskilt uttalande': 'special_statement',
  Reservation: 'reservation',
  Ersättaryttrande: 'substitute_statement',
};

/** "PM 2016:18 RI (Dnr 182-70/2016)" → "182-70/2016" */
const dnrOf = (reference: string) => /Dnr ([^)]+)\)/.exec(reference)?.[1] ?? reference;

export async function seedDecisionCase2015(
  repos: Repositories,
  principal: Principal,
  place: { unitId: string; periodId: string },
  log: (line: string) => void,
) {
  const { decision } = read<Seed>('ks-2015.json');
  const [fullText] = read<Texts>('ks-2015-statements.json').statements;
  log(`Demo: kommunstyrelsens ärende VB 2015, ${decision.proposals.length} att-satser…`);
  await saveCase(repos, principal, place, {
    diarienummer: dnrOf(decision.document_reference),
    title: decision.title,
    proposalIntro: decision.proposal_intro,
    summary: decision.case.text,
    background: '',
    // "Stadsledningskontorets tjänsteutlåtande daterat den 22 januari 2016" (seed 000, line 323)
    reportDate: '2016-01-22',
    rapporteur: { name: decision.rapporteur.name, title: decision.rapporteur.title },
    preparation: [
      { date: '2016-01-21', text: decision.preparation.text },
      { date: '2016-01-22', text: 'Stadsledningskontorets tjänsteutlåtande.' },
      {
        date: decision.date,
        text: `Föredragande ${decision.rapporteur.title}s förslag (Stockholm den 29 januari 2016).`,
      },
    ],
    proposals: decision.proposals.map((p) => p.text),
    version: 0,
  });
  // The first statement (borgarrådsberedningen's) has its text; the two in kommunstyrelsen
  // refer to it and have none of their own.
  let first: string | null = null;
  for (const [index, s] of decision.statements.entries()) {
    const saved = await addStatement(repos, principal, place, {
      kind: kinds[s.kind] ?? 'special_statement',
      forum: s.forum,
      members: s.who.map(({ name, party }) => ({ name, party })),
      text: index === 0 ? (fullText?.text ?? '') : '',
      refersTo: index === 0 ? null : first,
      version: 0,
    });
    first ??= saved.statements[0]!.id;
  }
}
