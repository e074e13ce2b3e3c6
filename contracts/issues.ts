import type { GoalLevel } from './goals.ts';
import type { Role } from './people.ts';
import type { ReportStatus } from './followup.ts';

/**
 * Every validation issue the API reports has a stable `code` and the `params` its text needs.
 * The `message` stays English for API users and logs; the web app translates by code. This
 * catalogue is the list of codes, each with the kind of each of its params, so that every
 * translation can be checked against it and every param shown the right way (a date in long
 * form, a number with a space as thousands separator, a role by its name).
 */
export type ParamKind =
  'text' | 'number' | 'date' | 'role' | 'ending' | 'update' | 'level' | 'status' | 'differences';

/** How a unit ends in a reorganisation (a change of type close, merge, split or replace). */
export const endings = ['closed', 'merged', 'split', 'replaced'] as const;
export type Ending = (typeof endings)[number];
/** What else a reorganisation can do to a unit (rename, move, set_result_unit). */
export const updates = ['renamed', 'moved', 'flagged'] as const;
export type Update = (typeof updates)[number];
/**
 * What of a goal or activity already in a year can differ from an imported file's. A param of
 * kind `differences` lists some of these, joined by commas (`description,heading`).
 */
export const differences = [
  'description',
  'heading',
  'title',
  'parents',
  'dates',
  'coResponsible',
] as const;
export type Difference = (typeof differences)[number];

const catalogue = {
  // Derived from zod issues: any contract's check (see `codeOfZodIssue`).
  required: {},
  too_long: { max: 'number' },
  too_short: { min: 'number' },
  too_many: { max: 'number' },
  too_few: { min: 'number' },
  too_big: { max: 'number' },
  too_small: { min: 'number' },
  less_than: { max: 'number' },
  greater_than: { min: 'number' },
  invalid_email: {},
  invalid_date: {},
  date_out_of_range: { min: 'date', max: 'date' },
  invalid_id: {},
  invalid_characters: {},
  invalid_format: {},
  invalid_type: {},
  invalid_value: {},
  unrecognized_keys: { keys: 'text' },
  invalid: {},
  // The organisation: the contract's own checks, then the rules of a reorganisation.
  'org.merge_too_few': {},
  'org.split_too_few': {},
  'org.no_changes': {},
  'org.duplicate_key': { key: 'text', change: 'number' },
  'org.unknown_key': { key: 'text' },
  'org.unknown_unit': {},
  'org.unit_closed': { unit: 'text', lastDay: 'date', date: 'date' },
  'org.unit_not_open_yet': { unit: 'text', opens: 'date', date: 'date' },
  'org.already_ending': { unit: 'text', ending: 'ending', change: 'number' },
  'org.already_updated': { unit: 'text', update: 'update', change: 'number' },
  'org.ending_cannot_take_over': { unit: 'text', ending: 'ending', change: 'number', from: 'text' },
  'org.ending_cannot_update': {
    unit: 'text',
    ending: 'ending',
    change: 'number',
    update: 'update',
  },
  'org.listed_twice': { unit: 'text' },
  'org.split_target_twice': {},
  'org.merge_target': {},
  'org.replaces_itself': { unit: 'text' },
  'org.same_name': { unit: 'text' },
  'org.under_itself': { unit: 'text' },
  'org.already_under': { unit: 'text', parent: 'text' },
  'org.already_result_unit': { unit: 'text' },
  'org.already_not_result_unit': { unit: 'text' },
  'org.changes_again': { unit: 'text', date: 'date' },
  'org.changes_again_by': { unit: 'text', date: 'date', title: 'text' },
  'org.closes_later': { unit: 'text', lastDay: 'date' },
  'org.later_reorganisation': { unit: 'text', date: 'date' },
  'org.opens_same_day': { unit: 'text', date: 'date' },
  'org.parent_closed_by_change': { unit: 'text', parent: 'text', change: 'number' },
  'org.parent_closed_later': { unit: 'text', parent: 'text', date: 'date' },
  'org.close_with_children': { unit: 'text', parent: 'text' },
  'org.close_with_later_children': { unit: 'text', parent: 'text', date: 'date' },
  'org.orphan': { unit: 'text', date: 'date' },
  'org.cycle': { unit: 'text', parent: 'text' },
  'org.cycle_later': { unit: 'text', parent: 'text', date: 'date' },
  'org.loop': { units: 'text' },
  'org.loop_later': { units: 'text', date: 'date' },
  // People and roles.
  'people.role_takes_no_unit': { role: 'role' },
  'people.role_needs_unit': { role: 'role' },
  'people.unknown_unit': {},
  'people.password_guessable': {},
  // Years, goals, indicators, activities and the follow-up of a period.
  'followup.decimal': {},
  'followup.period_key': {},
  'followup.year': {},
  'followup.listed_twice': {},
  'followup.before_start': {},
  'followup.outside_year': { year: 'text' },
  'followup.deadline_before_end': {},
  'followup.top_level_has_no_parent': {},
  'followup.needs_parent': {},
  'followup.unknown_goal': {},
  'followup.goal_of_other_year': { year: 'text' },
  'followup.parent_wrong_level': {},
  'followup.unknown_unit': {},
  'followup.target_required': {},
  'followup.target_not_allowed': {},
  'followup.negative': {},
  'followup.not_assessed': {},
  'followup.reason_required': {},
  'followup.assessment_missing': { goal: 'text' },
  'followup.justification_missing': { goal: 'text' },
  'followup.chapter_missing': { chapter: 'text' },
  'followup.adoption_date_required': {},
  'followup.date_in_future': {},
  'followup.missing_reason_required': { count: 'number' },
  'followup.mention_unknown': {},
  'followup.comment_target_unknown': {},
  'followup.wrong_state': {},
  // A tenant's goal levels of a year and the council goals a committee answers for.
  'goals.level_not_in_use': {},
  'goals.no_level_in_use': {},
  'goals.level_has_goals': { level: 'level', count: 'number', example: 'text' },
  'goals.assign_council_goal': {},
  'goals.level_carries_no_indicators': { name: 'text', year: 'text' },
  'goals.level_has_indicators': { level: 'level', count: 'number', example: 'text' },
  // Importing a unit's year from an exchange file (years as text, so that 2024 is not 2 024).
  'exchange.not_year_file': {},
  'exchange.format_version': {},
  'exchange.version_1_previous_outcomes': {},
  'exchange.version_3_field': {},
  'exchange.version_4_field': {},
  'exchange.controls_outside_plan': {},
  'exchange.has_internal_control': { unit: 'text', year: 'text', risks: 'number' },
  'exchange.staff_figures_differ': { unit: 'text', year: 'text' },
  'exchange.feedback_differs': { unit: 'text', year: 'text' },
  'exchange.unknown_index': { index: 'text', year: 'text', indices: 'text' },
  'exchange.levels_differ': { year: 'text', level: 'text', field: 'text' },
  'exchange.assign_wrong_level': { level: 'text' },
  'exchange.level_carries_no_indicators': { goal: 'text', name: 'text', year: 'text' },
  'exchange.unknown_chapter': { chapter: 'text', period: 'text', chapters: 'text' },
  'exchange.file_ref': {},
  'exchange.no_such_unit': { unit: 'text', date: 'date' },
  'exchange.unit_ambiguous': { unit: 'text', date: 'date' },
  'exchange.ref_taken': { ref: 'text', first: 'text' },
  'exchange.unknown_period': { period: 'text' },
  'exchange.unknown_goal': { ref: 'text' },
  'exchange.not_gender_split': {},
  'exchange.computed_without_formula': {},
  'exchange.computed_not_annual': { period: 'text' },
  'exchange.formula_differs': { indicator: 'text', year: 'text' },
  'exchange.outcome_computed': { indicator: 'text', formula: 'text' },
  'exchange.indicator_outside_report': { unit: 'text' },
  'exchange.not_responsible': { unit: 'text' },
  'exchange.co_responsible_twice': { first: 'text' },
  'exchange.goal_outside_report': { unit: 'text' },
  'exchange.goal_differs': {
    unit: 'text',
    goal: 'text',
    year: 'text',
    differences: 'differences',
  },
  'exchange.numbered_goal_differs': {
    unit: 'text',
    level: 'level',
    number: 'text',
    year: 'text',
    there: 'text',
    differences: 'differences',
  },
  'exchange.activity_differs': { activity: 'text', year: 'text', differences: 'differences' },
  'exchange.unit_has_other_goals': { unit: 'text', year: 'text', count: 'number', example: 'text' },
  'exchange.unit_has_other_activities': {
    unit: 'text',
    year: 'text',
    count: 'number',
    example: 'text',
  },
  'exchange.may_not_shape': { unit: 'text' },
  'exchange.may_not_report': { unit: 'text' },
  'exchange.year_missing': { year: 'text' },
  'exchange.period_missing': { period: 'text', year: 'text', periods: 'text' },
  'exchange.period_dates_differ': {
    period: 'text',
    year: 'text',
    startsOn: 'date',
    endsOn: 'date',
  },
  'exchange.report_not_draft': { unit: 'text', period: 'text', status: 'status' },
  'exchange.has_followup': {
    unit: 'text',
    year: 'text',
    targets: 'number',
    outcomes: 'number',
    previousOutcomes: 'number',
    assessments: 'number',
    activityReports: 'number',
    chapterTexts: 'number',
  },
  // The economy contract's own checks.
  'economy.money': {},
  'economy.positive_amount': {},
  'economy.not_negative': {},
  'economy.percent': {},
  // Importing a unit's economy from an Excel or CSV file (years as text, so that 2024 is not 2 024).
  'economy.not_xlsx': { reason: 'text' },
  'economy.not_csv': { reason: 'text' },
  'economy.no_sheets': {},
  'economy.no_such_unit': { unit: 'text', year: 'text' },
  'economy.unit_ambiguous': { unit: 'text', year: 'text' },
  'economy.other_unit': { unit: 'text' },
  'economy.other_year': { year: 'text', expected: 'text' },
  'economy.year_missing': { year: 'text' },
  'economy.changes_areas': { created: 'text', deleted: 'text', updated: 'text' },
  'economy.changes_settings': {},
  // Warnings: the file is imported, but something in it looks wrong.
  'economy.total_typed_as_area': { area: 'text', row: 'number' },
  'economy.year_difference': { row: 'number', area: 'text', printed: 'text', computed: 'text' },
  'economy.column_scale': {
    column: 'text',
    other: 'text',
    factor: 'text',
    rows: 'number',
    of: 'number',
  },
  'economy.revenue_sign': { declared: 'text', suggested: 'text', rows: 'number', of: 'number' },
  'economy.deviation_sign': { declared: 'text', suggested: 'text', rows: 'number', of: 'number' },
  // Rolling a year's model over into the next.
  'rollover.unknown_goal': { year: 'text' },
  'rollover.unknown_activity': { year: 'text' },
  'rollover.no_goals': { year: 'text' },
  'rollover.year_not_empty': { year: 'text' },
  'rollover.parents_dropped': { goals: 'text' },
  'rollover.owner_closed': { unit: 'text', year: 'text' },
  'rollover.number_taken': { number: 'text', title: 'text' },
  'rollover.ends_before_start': { startsOn: 'date' },
  'rollover.ends_before_year': { year: 'text' },
  'rollover.goal_dropped': {},
  'rollover.goal_not_in_year': { year: 'text' },
  'rollover.responsible_closed': { unit: 'text', year: 'text' },
  // Report templates: their chapters' keys, parents and kinds.
  'templates.duplicate_key': { key: 'text' },
  'templates.unknown_parent': { key: 'text' },
  'templates.nested_parent': { key: 'text' },
  'templates.kind_twice': {},
  // A decision case: the decision per proposal and the statements' references.
  'decisions.outcomes_count': { expected: 'number' },
  'decisions.amended_needs_text': {},
  'decisions.statement_empty': {},
  'decisions.reference_unknown': {},
  'decisions.reference_self': {},
  'decisions.reference_cycle': {},
} as const satisfies Record<string, Record<string, ParamKind>>;

type Catalogue = typeof catalogue;
export type IssueCode = keyof Catalogue;

/** Every code an issue can have, with the kinds of its params. */
export const issueCatalogue: Readonly<Record<IssueCode, Readonly<Record<string, ParamKind>>>> =
  catalogue;
export const issueCodes = Object.keys(catalogue) as IssueCode[];
export const isIssueCode = (code: string): code is IssueCode => Object.hasOwn(catalogue, code);

type ValueOf<K extends ParamKind> = K extends 'number'
  ? number
  : K extends 'role'
    ? Role
    : K extends 'ending'
      ? Ending
      : K extends 'update'
        ? Update
        : K extends 'level'
          ? GoalLevel
          : K extends 'status'
            ? ReportStatus
            : string;
export type IssueParams<C extends IssueCode> = {
  -readonly [P in keyof Catalogue[C]]: Catalogue[C][P] extends ParamKind
    ? ValueOf<Catalogue[C][P]>
    : never;
};

/** An issue as the API reports it (it fits `fieldIssue` in common.ts). */
export type CodedIssue = {
  path: string;
  message: string;
  code: IssueCode;
  params: Record<string, string | number>;
};

/** An issue with its code and params; `message` is the English text of the same. */
export function codedIssue<C extends IssueCode>(
  path: string,
  code: C,
  params: IssueParams<C>,
  message: string,
): CodedIssue {
  return { path, message, code, params: params as Record<string, string | number> };
}

export const firstDate = '1900-01-01';
export const lastDate = '2199-12-31';

/**
 * Messages of the contracts' checks that say more than the kind of check does, each with its
 * code; a zod issue with one of these messages gets that code. (A refine can instead name its
 * code in `params.code`, with the rest of `params` as the issue's params.)
 */
export const checkMessages = {
  invalid_id: 'must be an id (UUID)',
  invalid_characters: 'must not contain NUL or unpaired surrogate characters',
  'org.merge_too_few': 'a merge needs at least two units',
  'org.split_too_few': 'a split needs at least two resulting units',
  'org.no_changes': 'add at least one change',
  'followup.decimal': 'must be a number with a point as decimal sign, e.g. 94.18',
  'followup.period_key': 'must be 1–8 capital letters or digits, e.g. T1 or VB',
  'followup.year': 'must be between 1900 and 2199',
  'exchange.not_year_file':
    'must be "rodtrad.unit-year": this is not a Rödtråd file of a unit\'s year',
  'exchange.format_version':
    'must be 4 (or 1, 2 or 3 for an older file): this version of Rödtråd reads versions 1, 2, 3 and 4 of the format',
  'exchange.version_1_previous_outcomes':
    'is part of version 2 of the format: set formatVersion to 2, or remove previousOutcomes',
  'exchange.version_3_field':
    'is part of version 3 of the format: set formatVersion to 3 (and give levels), or remove the field',
  'exchange.version_4_field':
    'is part of version 4 of the format: set formatVersion to 4 (and give levels), or remove the field',
  'exchange.file_ref': 'must be 1–40 letters, digits, ".", "_" or "-", e.g. g12',
  'people.password_guessable':
    'is among the passwords tried first (common, repeated, sequential or naming the service)',
  'economy.money':
    'must be an amount in kronor such as 1405300000 or -12.50 (at most two decimals)',
  'economy.positive_amount': 'must be a positive amount',
  'economy.not_negative': 'must not be negative',
  'economy.percent': 'must be a percentage such as 10 or 94.18',
} as const satisfies Partial<Record<IssueCode, string>>;

const codeOfMessage = new Map<string, IssueCode>(
  Object.entries(checkMessages).map(([code, message]) => [message, code as IssueCode]),
);

/** The fields of a zod issue this mapping reads (zod's own type, loosened). */
export type ZodIssueLike = {
  code?: string;
  message: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  keys?: readonly string[];
  params?: Record<string, unknown>;
};

type Coded = Pick<CodedIssue, 'code' | 'params'>;

/** The declared params of `code` found in `source` (strings and numbers only). */
function paramsOf(code: IssueCode, source: Record<string, unknown> = {}): Coded['params'] {
  const params: Coded['params'] = {};
  for (const name of Object.keys(issueCatalogue[code])) {
    const value = source[name];
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  return params;
}

const numeric = new Set(['number', 'int', 'bigint']);
const listLike = new Set(['array', 'set']);

/** The code and params of a zod issue, for the server's 422s and the web's own validation. */
export function codeOfZodIssue(issue: ZodIssueLike): Coded {
  const own = issue.code === 'custom' ? issue.params?.code : undefined;
  if (typeof own === 'string' && isIssueCode(own))
    return { code: own, params: paramsOf(own, issue.params) };
  const named = codeOfMessage.get(issue.message);
  if (named) return { code: named, params: paramsOf(named, issue.params) };
  const origin = issue.origin ?? '';
  const exclusive = issue.inclusive === false;
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      if (origin === 'string' && !exclusive) return { code: 'too_long', params: { max } };
      if (listLike.has(origin) && !exclusive) return { code: 'too_many', params: { max } };
      if (numeric.has(origin))
        return { code: exclusive ? 'less_than' : 'too_big', params: { max } };
      break;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (origin === 'string' && !exclusive)
        return min <= 1 ? { code: 'required', params: {} } : { code: 'too_short', params: { min } };
      if (listLike.has(origin) && !exclusive) return { code: 'too_few', params: { min } };
      if (numeric.has(origin))
        return { code: exclusive ? 'greater_than' : 'too_small', params: { min } };
      break;
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email', params: {} };
      if (issue.format === 'date') return { code: 'invalid_date', params: {} };
      if (issue.format === 'uuid' || issue.format === 'guid')
        return { code: 'invalid_id', params: {} };
      return { code: 'invalid_format', params: {} };
    case 'invalid_type':
      return { code: 'invalid_type', params: {} };
    case 'invalid_value':
      return { code: 'invalid_value', params: {} };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', params: { keys: (issue.keys ?? []).join(', ') } };
  }
  return { code: 'invalid', params: {} };
}
