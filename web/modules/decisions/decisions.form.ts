import type { DecisionCase, StatementMember } from '#contracts/decisions.ts';

/** Pure helpers of the decision case's forms (the proposals' list, members, references). */

/** The list with the item at `from` moved to `to` (both within the list); else unchanged. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length)
    return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

export const removeItem = <T>(items: readonly T[], index: number): T[] =>
  items.filter((_, i) => i !== index);

export const replaceItem = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((current, i) => (i === index ? item : current));

/** The case's prepared part as the form edits it. */
export type CaseValues = Pick<
  DecisionCase,
  | 'diarienummer'
  | 'title'
  | 'proposalIntro'
  | 'summary'
  | 'background'
  | 'rapporteur'
  | 'preparation'
  | 'proposals'
> & { reportDate: string };

export const caseValues = (c: DecisionCase): CaseValues => ({
  diarienummer: c.diarienummer,
  title: c.title,
  proposalIntro: c.proposalIntro,
  summary: c.summary,
  background: c.background,
  reportDate: c.reportDate ?? '',
  rapporteur: { ...c.rapporteur },
  preparation: c.preparation.map((p) => ({ ...p })),
  proposals: [...c.proposals],
});

/** The request body of the values (an empty date is none). */
export const caseBody = (values: CaseValues, version: number) => ({
  ...values,
  reportDate: values.reportDate.trim() === '' ? null : values.reportDate.trim(),
  version,
});

/** "Anna König Jerlmyr (M), Lotta Edholm (L)" */
export const membersText = (members: readonly StatementMember[]): string =>
  members.map((m) => (m.party ? `${m.name} (${m.party})` : m.name)).join(', ');

/** The parties of a statement, once each in the order met: "M, L". */
export const partiesOf = (members: readonly StatementMember[]): string[] => [
  ...new Set(members.map((m) => m.party).filter((p) => p !== '')),
];
