import type { DecisionInput, StatementInput } from '#contracts/decisions.ts';
import type { CarryOverWrite } from '#contracts/economy.ts';
import { codedIssue, type CodedIssue } from '#contracts/issues.ts';
import type { PeriodKind } from '#contracts/years.ts';
import { formatMoney, sumOre, toOre } from '../economy/economy.money.ts';

/**
 * A decision case's pure rules: the proposals (att-satser) a report's case starts with, and the
 * checks on a recorded decision and on a statement's reference. docs/decision-cases.md.
 */

export type ProposalPeriod = { year: number; key: string; name: string; kind: PeriodKind };

/** "27,6 mnkr": kronor in Swedish mnkr with one decimal, as the proposals print them. */
export const mnkrText = (ore: bigint): string => `${formatMoney(ore, { decimals: 1 })} mnkr`;

/** "a, b, c samt d" */
export function swedishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} samt ${items.at(-1)}`;
}

/** The amount the decision states where the request names one, else the requested amount. */
const decidedAmount = (request: CarryOverWrite): bigint =>
  toOre(request.amountInDecision ?? request.amount);

/**
 * Requests in proposals: those naming the same proposal (`decisionRef`) together; without one,
 * an office surplus alone and the unfinished projects together. In the order first met.
 */
export function carryOverGroups(requests: readonly CarryOverWrite[]): CarryOverWrite[][] {
  const groups = new Map<string, CarryOverWrite[]>();
  requests.forEach((request, index) => {
    const key =
      request.decisionRef !== null && request.decisionRef !== ''
        ? `ref:${request.decisionRef}`
        : request.category === 'unfinished_project'
          ? 'projects'
          : `alone:${index}`;
    groups.set(key, [...(groups.get(key) ?? []), request]);
  });
  return [...groups.values()];
}

/** One carry-over proposal: "… får 46,8 mnkr för X överföras till 2016." */
export function carryOverProposal(year: number, group: readonly CarryOverWrite[]): string {
  const opening = `I samband med behandlingen av stadens verksamhetsberättelse och bokslut för ${year} får`;
  const to = year + 1;
  if (group.length === 1) {
    const [only] = group;
    return `${opening} ${mnkrText(decidedAmount(only!))} för ${only!.purpose} överföras till ${to}.`;
  }
  const what = group.every((r) => r.category === 'unfinished_project') ? 'projektmedel' : 'medel';
  const items = group.map((r) => `${mnkrText(decidedAmount(r))} för ${r.purpose}`);
  return `${opening} följande ${what} överföras till ${to}: ${swedishList(items)}.`;
}

/** The number of a tertial from its key (T1 → 1); the period's name when it has none. */
const tertialName = (period: ProposalPeriod): string => {
  const digits = /\d+/.exec(period.key)?.[0];
  return digits ? `Tertialrapport ${Number(digits)}` : period.name;
};

/**
 * The proposals a case starts with: approve the report (and, for the annual report, hand it to
 * the city's auditors), then one per group of the unit's carry-over requests (annual only: a
 * carry-over is decided with the accounts).
 */
export function defaultProposals(
  period: ProposalPeriod,
  carryOvers: readonly CarryOverWrite[],
): string[] {
  const { year } = period;
  switch (period.kind) {
    case 'annual':
      return [
        `Verksamhetsberättelsen med bokslut ${year} godkänns.`,
        'Verksamhetsberättelsen överlämnas till stadens revisorer.',
        ...carryOverGroups(carryOvers).map((group) => carryOverProposal(year, group)),
      ];
    case 'tertial':
      return [`${tertialName(period)} ${year} godkänns.`];
    default:
      return [`${period.name} ${year} godkänns.`];
  }
}

/** The case's title until someone writes one: "Verksamhetsberättelse med bokslut 2015 för X". */
export function defaultTitle(period: ProposalPeriod, unitName: string): string {
  const report =
    period.kind === 'annual'
      ? `Verksamhetsberättelse med bokslut ${period.year}`
      : period.kind === 'tertial'
        ? `${tertialName(period)} ${period.year}`
        : `${period.name} ${period.year}`;
  return `${report} för ${unitName}`;
}

/** The sum the carry-over proposals move, for the case's summary line. */
export const carryOverSum = (requests: readonly CarryOverWrite[]): bigint =>
  sumOre(requests.map(decidedAmount));

/** A recorded decision names one outcome per proposal; an amended one says how. */
export function decisionIssues(input: DecisionInput, proposals: number): CodedIssue[] {
  const issues: CodedIssue[] = [];
  if (input.outcomes.length !== proposals)
    issues.push(
      codedIssue(
        'outcomes',
        'decisions.outcomes_count',
        { expected: proposals },
        `must give one outcome for each of the ${proposals} proposals`,
      ),
    );
  input.outcomes.forEach((outcome, index) => {
    if (outcome.outcome === 'amended' && outcome.text.trim() === '')
      issues.push(
        codedIssue(
          `outcomes.${index}.text`,
          'decisions.amended_needs_text',
          {},
          'an amended proposal needs the wording decided',
        ),
      );
  });
  return issues;
}

/**
 * A statement has a text or refers to another; the reference exists (`referenceOf` knows every
 * statement the writer may refer to, each with what it refers to itself), is not the statement,
 * and does not lead back to it.
 */
export function statementIssues(
  input: Pick<StatementInput, 'text' | 'refersTo'>,
  self: string | null,
  referenceOf: ReadonlyMap<string, string | null>,
): CodedIssue[] {
  const { refersTo } = input;
  if (refersTo === null)
    return input.text.trim() === ''
      ? [
          codedIssue(
            'text',
            'decisions.statement_empty',
            {},
            'must have a text or refer to another statement',
          ),
        ]
      : [];
  if (refersTo === self)
    return [
      codedIssue('refersTo', 'decisions.reference_self', {}, 'a statement cannot refer to itself'),
    ];
  if (!referenceOf.has(refersTo))
    return [
      codedIssue('refersTo', 'decisions.reference_unknown', {}, 'no such statement to refer to'),
    ];
  const seen = new Set<string>();
  for (let at: string | null | undefined = refersTo; at; at = referenceOf.get(at)) {
    if (at === self || seen.has(at))
      return [
        codedIssue(
          'refersTo',
          'decisions.reference_cycle',
          {},
          'the reference leads back to this statement',
        ),
      ];
    seen.add(at);
  }
  return [];
}
