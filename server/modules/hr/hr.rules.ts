import {
  employmentForms,
  type ComputedStaff,
  type IndexDefinition,
  type StaffFigures,
  type StaffFinding,
} from '#contracts/hr.ts';

/**
 * Staff key figures, pure. A roll-up adds the counts of the units' rows and divides once at the
 * end: sick leave is Σ sick hours / Σ scheduled hours (never an average of percentages),
 * headcount and annual employees are summed, turnover is Σ leavers / Σ average headcount and an
 * index is weighed by its respondents. Counts are added in hundredths as integers, so the sums
 * are exact and a roll-up of split units equals the roll-up of the merged unit.
 */

/** The survey indices a tenant's year has when it names none (the city's four, KS15). */
export const DEFAULT_INDICES: IndexDefinition[] = [
  { key: 'ami', name: 'Aktivt medskapandeindex (AMI)' },
  { key: 'leadership', name: 'Ledarskapsindex' },
  { key: 'motivation', name: 'Motivationsindex' },
  { key: 'governance', name: 'Styrningsindex' },
];

/** A count in hundredths (the contract allows two decimals), or null. */
const h = (n: number | null): number | null => (n === null ? null : Math.round(n * 100));

/** The sum of what is there; null when nothing is. */
function sum(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

/** Σ of both parts only when both are there: a total of women alone is not the unit's total. */
const both = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

const percentOf = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? null : (part * 100) / whole;

const fromH = (n: number | null) => (n === null ? null : n / 100);

/** The additive counts of one unit's row, in hundredths: what a roll-up adds. */
export type StaffCounts = {
  forms: Record<
    string,
    { women: number | null; men: number | null; aeW: number | null; aeM: number | null }
  >;
  scheduledWomen: number | null;
  scheduledMen: number | null;
  shortWomen: number | null;
  shortMen: number | null;
  longWomen: number | null;
  longMen: number | null;
  leavers: number | null;
  averageHeadcount: number | null;
  /** per index: Σ value × respondents and Σ respondents (hundredths of respondents) */
  indices: Record<string, { weighted: number; respondents: number } | { unweighed: number }>;
};

export function countsOf(figures: StaffFigures): StaffCounts {
  const forms: StaffCounts['forms'] = {};
  for (const row of figures.employment)
    forms[row.form] = {
      women: h(row.headcountWomen),
      men: h(row.headcountMen),
      aeW: h(row.annualEmployeesWomen),
      aeM: h(row.annualEmployeesMen),
    };
  const s = figures.sickLeave;
  const indices: StaffCounts['indices'] = {};
  for (const index of figures.indices) {
    if (index.value === null) continue;
    indices[index.key] =
      index.respondents === null || index.respondents === 0
        ? { unweighed: index.value }
        : { weighted: index.value * h(index.respondents)!, respondents: h(index.respondents)! };
  }
  return {
    forms,
    scheduledWomen: h(s.scheduledWomen),
    scheduledMen: h(s.scheduledMen),
    shortWomen: h(s.shortWomen),
    shortMen: h(s.shortMen),
    longWomen: h(s.longWomen),
    longMen: h(s.longMen),
    leavers: h(figures.leavers),
    averageHeadcount: h(figures.averageHeadcount),
    indices,
  };
}

/**
 * The counts of several units added. A count missing in a unit that reports that kind of figure
 * makes the sum missing, so that a total never silently leaves part of a unit out; an index without respondents cannot be weighed, so a
 * roll-up of more than one unit leaves it without a value.
 */
const sickKeys = [
  'scheduledWomen',
  'scheduledMen',
  'shortWomen',
  'shortMen',
  'longWomen',
  'longMen',
] as const;

export function addCounts(list: readonly StaffCounts[]): StaffCounts {
  // A unit that reports nothing of a kind (no hours at all: its sick leave only printed) is left
  // out of that kind's sum and named by the caller; one that reports part of it makes it missing.
  const sick = list.filter((c) => sickKeys.some((k) => c[k] !== null));
  const turnover = list.filter((c) => c.leavers !== null || c.averageHeadcount !== null);
  const all = <T>(pick: (c: StaffCounts) => T | null, from = sick): (T | null)[] => from.map(pick);
  const strict = (values: (number | null)[]) =>
    values.length === 0 || values.some((v) => v === null) ? null : sum(values);
  const forms: StaffCounts['forms'] = {};
  for (const form of employmentForms) {
    const rows = list.map((c) => c.forms[form]).filter((r) => r !== undefined);
    if (rows.length === 0) continue;
    const pick = (k: 'women' | 'men' | 'aeW' | 'aeM') => strict(rows.map((r) => r?.[k] ?? null));
    forms[form] = { women: pick('women'), men: pick('men'), aeW: pick('aeW'), aeM: pick('aeM') };
  }
  const keys = [...new Set(list.flatMap((c) => Object.keys(c.indices)))];
  const indices: StaffCounts['indices'] = {};
  for (const key of keys) {
    const parts = list.map((c) => c.indices[key]).filter((p) => p !== undefined);
    if (list.length === 1 && parts[0]) {
      indices[key] = parts[0];
      continue;
    }
    if (parts.some((p) => 'unweighed' in p)) continue;
    const weighed = parts as { weighted: number; respondents: number }[];
    indices[key] = {
      weighted: weighed.reduce((a, p) => a + p.weighted, 0),
      respondents: weighed.reduce((a, p) => a + p.respondents, 0),
    };
  }
  return {
    forms,
    scheduledWomen: strict(all((c) => c.scheduledWomen)),
    scheduledMen: strict(all((c) => c.scheduledMen)),
    shortWomen: strict(all((c) => c.shortWomen)),
    shortMen: strict(all((c) => c.shortMen)),
    longWomen: strict(all((c) => c.longWomen)),
    longMen: strict(all((c) => c.longMen)),
    leavers: strict(all((c) => c.leavers, turnover)),
    averageHeadcount: strict(all((c) => c.averageHeadcount, turnover)),
    indices,
  };
}

/** What a report shows, from counts: totals, shares and percentages. */
export function computeStaff(counts: StaffCounts, indexKeys: readonly string[]): ComputedStaff {
  const byForm = employmentForms
    .filter((form) => counts.forms[form])
    .map((form) => {
      const f = counts.forms[form]!;
      return {
        form,
        headcount: fromH(both(f.women, f.men)),
        annualEmployees: fromH(both(f.aeW, f.aeM)),
      };
    });
  const rows = Object.values(counts.forms);
  const strictSum = (values: (number | null)[]) =>
    values.length === 0 || values.some((v) => v === null) ? null : sum(values);
  const women = strictSum(rows.map((r) => r.women));
  const men = strictSum(rows.map((r) => r.men));
  const headcount = both(women, men);
  const annualEmployees = strictSum(rows.map((r) => both(r.aeW, r.aeM)));
  const scheduled = both(counts.scheduledWomen, counts.scheduledMen);
  const short = both(counts.shortWomen, counts.shortMen);
  const long = both(counts.longWomen, counts.longMen);
  return {
    headcount: fromH(headcount),
    headcountWomen: fromH(women),
    headcountMen: fromH(men),
    annualEmployees: fromH(annualEmployees),
    byForm,
    shareWomen: percentOf(women, headcount),
    shareMen: percentOf(men, headcount),
    scheduledHours: fromH(scheduled),
    sickTotal: percentOf(both(short, long), scheduled),
    sickShort: percentOf(short, scheduled),
    sickLong: percentOf(long, scheduled),
    sickWomen: percentOf(both(counts.shortWomen, counts.longWomen), counts.scheduledWomen),
    sickMen: percentOf(both(counts.shortMen, counts.longMen), counts.scheduledMen),
    turnover: percentOf(counts.leavers, counts.averageHeadcount),
    indices: indexKeys.map((key) => {
      const part = counts.indices[key];
      if (!part) return { key, value: null, respondents: null };
      if ('unweighed' in part) return { key, value: part.unweighed, respondents: null };
      return { key, value: part.weighted / part.respondents, respondents: part.respondents / 100 };
    }),
  };
}

/**
 * A unit's own row as a report shows it: computed where the counts are there, else what was
 * printed (a percentage kept as the report gave it).
 */
export function staffOf(figures: StaffFigures, indexKeys: readonly string[]): ComputedStaff {
  const computed = computeStaff(countsOf(figures), [
    ...new Set([...indexKeys, ...figures.indices.map((i) => i.key)]),
  ]);
  const p = figures.printed;
  return {
    ...computed,
    sickTotal: computed.sickTotal ?? p.sickTotal,
    sickShort: computed.sickShort ?? p.sickShort,
    sickLong: computed.sickLong ?? p.sickLong,
    shareWomen: computed.shareWomen ?? p.shareWomen,
    shareMen: computed.shareMen ?? p.shareMen,
  };
}

/** Does the row's sick leave rest on hours (so that it can be weighed)? */
export const weighable = (figures: StaffFigures) =>
  figures.sickLeave.scheduledWomen !== null || figures.sickLeave.scheduledMen !== null;

const TOLERANCE = 0.05;
const pc = (n: number) => `${n.toLocaleString('sv-SE', { maximumFractionDigits: 2 })} %`;

/** Figures that do not add up, in Swedish: flagged for the reader, never corrected. */
export function staffFindings(figures: StaffFigures): StaffFinding[] {
  const findings: StaffFinding[] = [];
  const p = figures.printed;
  if (p.sickTotal !== null && p.sickShort !== null && p.sickLong !== null) {
    const parts = p.sickShort + p.sickLong;
    if (Math.abs(parts - p.sickTotal) > TOLERANCE)
      findings.push({
        code: 'sick_parts',
        message: `Sjukfrånvaron ${pc(p.sickTotal)} är inte summan av dag 1–14 och dag 15– (${pc(p.sickShort)} + ${pc(p.sickLong)} = ${pc(parts)}).`,
      });
  }
  if (
    p.shareWomen !== null &&
    p.shareMen !== null &&
    Math.abs(p.shareWomen + p.shareMen - 100) > TOLERANCE
  )
    findings.push({
      code: 'shares',
      message: `Andelen kvinnor och män blir ${pc(p.shareWomen + p.shareMen)}, inte 100 %.`,
    });
  const computed = computeStaff(countsOf(figures), []);
  const pairs: [string, number | null, number | null][] = [
    ['sjukfrånvaro', p.sickTotal, computed.sickTotal],
    ['sjukfrånvaro dag 1–14', p.sickShort, computed.sickShort],
    ['sjukfrånvaro dag 15–', p.sickLong, computed.sickLong],
    ['andel kvinnor', p.shareWomen, computed.shareWomen],
  ];
  for (const [what, printed, counted] of pairs)
    if (printed !== null && counted !== null && Math.abs(printed - counted) > TOLERANCE)
      findings.push({
        code: 'printed_differs',
        message: `Angiven ${what} ${pc(printed)} skiljer sig från den som räknas ur timmarna och antalen (${pc(counted)}).`,
      });
  return findings;
}
