import type { FieldIssue } from '#contracts/common.ts';

/**
 * The contracts' validation messages are English (the API is for machines and developers);
 * the UI shows them translated. Each known message maps to a translation key under `issues`
 * with its parameters; an unknown message is shown as the server wrote it.
 */
export type IssueKey =
  | 'required'
  | 'tooLong'
  | 'tooShort'
  | 'email'
  | 'date'
  | 'dateRange'
  | 'chooseUnit'
  | 'noUnit'
  | 'unknownUnit'
  | 'mergeTwo'
  | 'splitTwo'
  | 'noChanges'
  | 'invalid';

export type IssueText = { key: IssueKey; values: Record<string, string> };

const patterns: [RegExp, IssueKey, string[]][] = [
  [/^must not be empty$/i, 'required', []],
  [/^must be at most (\d+) characters$/i, 'tooLong', ['max']],
  [/^must be at least (\d+) characters$/i, 'tooShort', ['min']],
  [/^must be an e-mail address$/i, 'email', []],
  [/^must be a date in the form YYYY-MM-DD$/i, 'date', []],
  [/^must be between (\S+) and (\S+)$/i, 'dateRange', ['from', 'to']],
  [/^must be an id \(UUID\)$/i, 'chooseUnit', []],
  [/is granted on a unit; choose one$/i, 'chooseUnit', []],
  [/covers the whole tenant; give no unit$/i, 'noUnit', []],
  [/^no such unit in this tenant$/i, 'unknownUnit', []],
  [/^a merge needs at least two units$/i, 'mergeTwo', []],
  [/^a split needs at least two resulting units$/i, 'splitTwo', []],
  [/^add at least one change$/i, 'noChanges', []],
  [/^invalid input/i, 'invalid', []],
  [/^invalid option/i, 'invalid', []],
];

export function matchIssue(message: string): IssueText | null {
  for (const [pattern, key, names] of patterns) {
    const match = pattern.exec(message.trim());
    if (match) {
      const values = Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
      return { key, values };
    }
  }
  return null;
}

/** Issues from a zod error (client-side validation with a contract schema), in the API's shape. */
export function issuesFromZod(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** The first issue for a field: its path is the field name or starts with `name.`. */
export function issueFor(issues: readonly FieldIssue[], field: string): FieldIssue | undefined {
  return issues.find((issue) => issue.path === field || issue.path.startsWith(`${field}.`));
}
