import type { PublicDecisionCase, PublicStatement, StatementRef } from '#contracts/decisions.ts';
import type { StoredCase, StoredStatement } from '../decisions/decisions.repository.ts';

/** A statement another one refers to, and whether the public may read its case. */
export type PublicReference = { ref: StatementRef; published: boolean };

/**
 * A published report's decision case as the public reads it, copied field by field so that a
 * field added to the case stays internal (no versions, editors, the officials' texts).
 * A reference to a statement of a case that is not published is shown as withheld: the public
 * learns that there is one, not what it says or who made it.
 */
export function publicCaseOf(
  stored: StoredCase,
  statements: readonly StoredStatement[],
  references: ReadonlyMap<string, PublicReference>,
): PublicDecisionCase {
  return {
    diarienummer: stored.diarienummer,
    title: stored.title,
    proposalIntro: stored.proposalIntro,
    rapporteur: { name: stored.rapporteurName, title: stored.rapporteurTitle },
    proposals: [...stored.proposals],
    decision:
      stored.decidedOn !== null && stored.outcomes !== null
        ? {
            decidedOn: stored.decidedOn,
            body: stored.decisionBody ?? '',
            outcomes: stored.outcomes.map(({ outcome, text }) => ({ outcome, text })),
          }
        : null,
    statements: statements.map((s) => publicStatementOf(s, references)),
  };
}

function publicStatementOf(
  s: StoredStatement,
  references: ReadonlyMap<string, PublicReference>,
): PublicStatement {
  const reference = s.refersTo === null ? undefined : references.get(s.refersTo);
  return {
    kind: s.kind,
    forum: s.forum,
    members: s.members.map(({ name, party }) => ({ name, party })),
    text: s.text,
    refersTo:
      s.refersTo === null
        ? null
        : reference?.published
          ? {
              kind: reference.ref.kind,
              forum: reference.ref.forum,
              members: reference.ref.members.map(({ name, party }) => ({ name, party })),
              caseTitle: reference.ref.caseTitle,
              periodName: reference.ref.periodName,
              year: reference.ref.year,
            }
          : { withheld: true },
  };
}
