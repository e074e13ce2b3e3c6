import type { FieldIssue } from '#contracts/common.ts';
import { feedbackYear, type FeedbackYear } from '#contracts/feedback.ts';
import { staffFigures, type IndexDefinition, type StaffFigures } from '#contracts/hr.ts';
import type { Adoption, Risk } from '#contracts/internal-control.ts';
import { codedIssue } from '#contracts/issues.ts';
import type {
  YearFile,
  YearFileInternalControl,
  YearFileStaffFigures,
} from '#contracts/years.exchange.ts';

/**
 * Version 4's accounts of a unit's year besides its goals (issue #13 item 5): the internal
 * control, the staff key figures and the feedback, shaped for the file from what their modules
 * hold, checked as far as the file alone can be, and made canonical for the comparison of a
 * file with what is there. Their own rules (a control only under a risk in the plan, a plan
 * frozen while adopted …) stay in their modules; the import writes through their use cases.
 */

/** Figures held per unit and calendar year: the file's year and the year before. */
export const yearsOfFile = ['year', 'previousYear'] as const;
export type YearOfFile = (typeof yearsOfFile)[number];
export const calendarYear = (file: Pick<YearFile, 'year'>, which: YearOfFile) =>
  which === 'year' ? file.year : file.year - 1;

/** What the modules hold of a unit's year, as the export reads it. */
export type AccountsData = {
  periodKeys: string[];
  risks: Omit<Risk, 'value' | 'band'>[];
  adoption: Adoption | null;
  staff: Record<YearOfFile, StaffFigures | null>;
  /** the tenant's names of the survey indices, per year */
  indices: Record<YearOfFile, IndexDefinition[]>;
  feedback: Record<YearOfFile, FeedbackYear | null>;
};

export function internalControlOf(
  risks: AccountsData['risks'],
  adoption: Adoption | null,
  periodKeys: readonly string[],
): YearFileInternalControl {
  const order = (key: string) => periodKeys.indexOf(key);
  return {
    risks: risks.map((r) => ({
      process: r.process,
      description: r.description,
      probability: r.probability,
      consequence: r.consequence,
      inPlan: r.inPlan,
      motivation: r.motivation,
      controls: r.controls.map((c) => ({
        what: c.what,
        method: c.method,
        scope: c.scope,
        responsible: c.responsible,
        timing: c.timing,
        reportPeriod: c.reportPeriod,
        followUps: Object.fromEntries(
          [...c.followUps]
            .sort((a, b) => order(a.periodKey) - order(b.periodKey))
            .map((f) => [
              f.periodKey,
              {
                performed: f.performed,
                result: f.result,
                deviations: f.deviations,
                measures: f.measures,
                measuresDone: f.measuresDone,
                responsible: f.responsible,
                date: f.date,
              },
            ]),
        ),
      })),
    })),
    adoption: adoption && {
      adoptedOn: adoption.adoptedOn,
      adoptedBy: adoption.adoptedBy,
      dnr: adoption.dnr,
    },
  };
}

/** Stored staff figures as the file has them: each index by its name in the tenant's year. */
export function staffFileOf(
  stored: StaffFigures,
  indices: readonly IndexDefinition[],
): YearFileStaffFigures {
  // parsed again, so that a row stored before a field was added has it, in the schema's order
  const figures = staffFigures.parse(stored);
  return {
    ...figures,
    indices: figures.indices.map((i) => ({
      name: indices.find((d) => d.key === i.key)?.name ?? i.key,
      value: i.value,
      respondents: i.respondents,
    })),
  };
}

/**
 * The file's staff figures as the hr module stores them, each index by the key its name has in
 * the year here; null where a name is not the year's here (`staffIndexProblems` says so).
 */
export function staffFiguresOf(
  file: YearFileStaffFigures,
  indices: readonly IndexDefinition[],
): StaffFigures | null {
  const keys = file.indices.map((i) => indices.find((d) => d.name === i.name)?.key);
  if (keys.some((k) => k === undefined)) return null;
  return {
    ...file,
    indices: file.indices.map((i, n) => ({
      key: keys[n]!,
      value: i.value,
      respondents: i.respondents,
    })),
  };
}

export function accountsOf(
  data: AccountsData,
): Pick<YearFile, 'internalControl' | 'staffFigures' | 'feedback'> {
  const staff = (which: YearOfFile) => {
    const stored = data.staff[which];
    return stored ? staffFileOf(stored, data.indices[which]) : null;
  };
  const feedback = (which: YearOfFile) => {
    const stored = data.feedback[which];
    return stored ? feedbackYear.parse(stored) : null;
  };
  return {
    internalControl: internalControlOf(data.risks, data.adoption, data.periodKeys),
    staffFigures: { year: staff('year'), previousYear: staff('previousYear') },
    feedback: { year: feedback('year'), previousYear: feedback('previousYear') },
  };
}

/**
 * What the file alone says is wrong with its internal control: controls under a risk outside the
 * plan (the module refuses them), and report periods and follow-ups of periods the file lacks.
 */
export function internalControlProblems(file: YearFile): FieldIssue[] {
  const keys = new Set(file.periods.map((p) => p.key));
  const unknownPeriod = (path: string, period: string) =>
    codedIssue(
      path,
      'exchange.unknown_period',
      { period },
      `the file has no period ${period}: use one of its periods`,
    );
  return file.internalControl.risks.flatMap((risk, i) => {
    const at = `internalControl.risks.${i}`;
    const issues: FieldIssue[] = [];
    if (!risk.inPlan && risk.controls.length > 0)
      issues.push(
        codedIssue(
          `${at}.controls`,
          'exchange.controls_outside_plan',
          {},
          'the risk has controls but is not in the plan: set inPlan to true, or remove its controls',
        ),
      );
    risk.controls.forEach((control, j) => {
      if (control.reportPeriod !== null && !keys.has(control.reportPeriod))
        issues.push(unknownPeriod(`${at}.controls.${j}.reportPeriod`, control.reportPeriod));
      for (const key of Object.keys(control.followUps))
        if (!keys.has(key)) issues.push(unknownPeriod(`${at}.controls.${j}.followUps.${key}`, key));
    });
    return issues;
  });
}

/** Each index the file names must be named so in the tenant's year here. */
export function staffIndexProblems(
  file: YearFile,
  indicesOf: (which: YearOfFile) => readonly IndexDefinition[],
): FieldIssue[] {
  return yearsOfFile.flatMap((which) => {
    const figures = file.staffFigures[which];
    if (!figures) return [];
    const here = indicesOf(which);
    const names = here.map((d) => d.name).join(', ');
    const year = String(calendarYear(file, which));
    return figures.indices.flatMap((index, i) =>
      here.some((d) => d.name === index.name)
        ? []
        : [
            codedIssue(
              `staffFigures.${which}.indices.${i}.name`,
              'exchange.unknown_index',
              { index: index.name, year, indices: names },
              `there is no index "${index.name}" in ${year} here; its indices are ${names}: use one of those names, or name the index in the year first`,
            ),
          ],
    );
  });
}

export const hasInternalControl = (ic: YearFileInternalControl) =>
  ic.risks.length > 0 || ic.adoption !== null;

/**
 * A value as text in which neither the order of an object's keys nor the order of a list
 * counts: two sections with the same text import to the same data.
 */
export function canonicalValue(value: unknown): string {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map((item) => canonicalValue(item)).sort();
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .filter((key) => (v as Record<string, unknown>)[key] !== undefined)
          .map((key) => [key, walk((v as Record<string, unknown>)[key])]),
      );
    return v;
  };
  return JSON.stringify(walk(value));
}

/** The accounts of a file, for `canonicalOf`. */
export const canonicalAccounts = (file: YearFile) => ({
  internalControl: canonicalValue(file.internalControl),
  staffFigures: canonicalValue(file.staffFigures),
  feedback: canonicalValue(file.feedback),
});

/** A unit's year without internal control, staff figures or feedback. */
export const noAccounts: AccountsData = {
  periodKeys: [],
  risks: [],
  adoption: null,
  staff: { year: null, previousYear: null },
  indices: { year: [], previousYear: [] },
  feedback: { year: null, previousYear: null },
};
