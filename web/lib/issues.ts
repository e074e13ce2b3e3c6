import type { FieldIssue } from '#contracts/common.ts';
import {
  codeOfZodIssue,
  isIssueCode,
  issueCatalogue,
  type ParamKind,
  type ZodIssueLike,
} from '#contracts/issues.ts';
import { formatList, formatLongDate, formatNumber } from './format.ts';

/**
 * Validation issues come with a stable code and params (contracts/issues.ts); the message is
 * English, for API users and logs. The UI shows each issue by its code's text under `issues`
 * (dots in the code become underscores), each param shown as its kind says: a date in long
 * form, a number as the language writes it, a role, ending, update, goal level or report status
 * by its translated name, and a list of differences as a list of translated names.
 * An issue without a known code, or without the params its text needs, is shown as written.
 */
export const issueKey = (code: string): string => `issues.${code.replaceAll('.', '_')}`;

/** Where the texts of a param kind whose values are names of things are (role → `roles.admin`). */
export const namedValues: Partial<Record<ParamKind, string>> = {
  role: 'roles',
  ending: 'issues.endings',
  update: 'issues.updates',
  level: 'goals.levels',
  status: 'followup.status.states',
  differences: 'issues.differences',
};

export type Translator = {
  t: (key: string, values?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
  language: string;
};

function paramText(kind: ParamKind, value: string | number, translator: Translator): string {
  const { t, exists, language } = translator;
  if (kind === 'number' && typeof value === 'number') return formatNumber(value, language);
  if (kind === 'date') return formatLongDate(String(value), language);
  const prefix = namedValues[kind];
  const named = (name: string) =>
    prefix && exists(`${prefix}.${name}`) ? t(`${prefix}.${name}`) : name;
  // a list of names, joined by commas in the params ("description,heading")
  if (kind === 'differences') return formatList(String(value).split(',').map(named), language);
  return named(String(value));
}

/** The text of an issue in the UI's language. */
export function issueText(issue: FieldIssue, translator: Translator): string {
  const { code, params = {} } = issue;
  if (!code || !isIssueCode(code) || !translator.exists(issueKey(code))) return issue.message;
  const values: Record<string, string> = {};
  for (const [name, kind] of Object.entries(issueCatalogue[code])) {
    const value = params[name];
    if (value === undefined) return issue.message;
    values[name] = paramText(kind, value, translator);
  }
  return translator.t(issueKey(code), values);
}

/** Issues from a zod error (client-side validation with a contract schema), as the API makes them. */
export function issuesFromZod(error: {
  issues: readonly (ZodIssueLike & { path: readonly PropertyKey[] })[];
}): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    ...codeOfZodIssue(issue),
  }));
}

/** The first issue for a field: its path is the field name or starts with `name.`. */
export function issueFor(issues: readonly FieldIssue[], field: string): FieldIssue | undefined {
  return issues.find((issue) => issue.path === field || issue.path.startsWith(`${field}.`));
}
