import {
  feedbackKinds,
  type FeedbackCount,
  type FeedbackInput,
  type FeedbackKind,
  type FeedbackYear,
  type Survey,
} from '#contracts/feedback.ts';

/**
 * The feedback form as text fields, and back. Pure. The counts are a grid: one row per category
 * and channel, a column per kind (klagomål, beröm, förslag); an empty cell is "none given", a 0
 * is zero. Numbers are read as Swedish Excel writes them ("1 234", "72,5").
 */

export type CountRowFields = { category: string; channel: string } & Record<FeedbackKind, string>;
export type SurveyFields = Record<keyof Survey, string>;
export type FeedbackFields = {
  rows: CountRowFields[];
  themes: string;
  actions: string;
  surveys: SurveyFields[];
};

/** What is wrong with a field: its id (`row-2-complaint`, `survey-0-scale`) and the problem. */
export type FieldProblem = {
  field: string;
  problem: 'number' | 'whole' | 'percent' | 'required' | 'twice';
};

const show = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : String(n).replace('.', ',');

export const emptyRow = (): CountRowFields => ({
  category: '',
  channel: '',
  complaint: '',
  praise: '',
  suggestion: '',
});
export const emptySurvey = (): SurveyFields => ({
  name: '',
  satisfiedShare: '',
  respondents: '',
  responseRate: '',
  scale: '',
  satisfiedMeans: '',
});

/** The stored year as fields: counts grouped by category and channel, in the order first seen. */
export function fieldsOf(feedback: FeedbackYear | null): FeedbackFields {
  const rows: CountRowFields[] = [];
  for (const count of feedback?.counts ?? []) {
    let row = rows.find((r) => r.category === count.category && r.channel === count.channel);
    if (!row) {
      row = { ...emptyRow(), category: count.category, channel: count.channel };
      rows.push(row);
    }
    row[count.kind] = show(count.count);
  }
  return {
    rows: rows.length > 0 ? rows : [emptyRow()],
    themes: feedback?.themes ?? '',
    actions: feedback?.actions ?? '',
    surveys: (feedback?.surveys ?? []).map((s) => ({
      name: s.name,
      satisfiedShare: show(s.satisfiedShare),
      respondents: show(s.respondents),
      responseRate: show(s.responseRate),
      scale: s.scale,
      satisfiedMeans: s.satisfiedMeans,
    })),
  };
}

/** "1 234,5" → 1234.5; "" → null; anything else → undefined (not a number). */
export function readNumber(text: string): number | null | undefined {
  const plain = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (plain === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(plain) ? Number(plain) : undefined;
}

/** The input to save, or every field that is wrong (in the form's order). */
export function inputOf(
  fields: FeedbackFields,
  version: number,
): { ok: true; input: FeedbackInput } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const counts: FeedbackCount[] = [];
  const seen = new Set<string>();
  fields.rows.forEach((row, i) => {
    const blank = [row.category, row.channel, ...feedbackKinds.map((k) => row[k])].every(
      (text) => text.trim() === '',
    );
    if (blank) return;
    const category = row.category.trim();
    const channel = row.channel.trim();
    if (category === '') problems.push({ field: `row-${i}-category`, problem: 'required' });
    if (channel === '') problems.push({ field: `row-${i}-channel`, problem: 'required' });
    const key = `${category.toLocaleLowerCase('sv')}|${channel.toLocaleLowerCase('sv')}`;
    if (category !== '' && channel !== '' && seen.has(key))
      problems.push({ field: `row-${i}-channel`, problem: 'twice' });
    seen.add(key);
    for (const kind of feedbackKinds) {
      const value = readNumber(row[kind]);
      if (value === undefined) problems.push({ field: `row-${i}-${kind}`, problem: 'number' });
      else if (value !== null && !Number.isInteger(value))
        problems.push({ field: `row-${i}-${kind}`, problem: 'whole' });
      else if (value !== null) counts.push({ kind, category, channel, count: value });
    }
  });
  const surveys: Survey[] = [];
  const names = new Set<string>();
  fields.surveys.forEach((s, i) => {
    const at = (key: keyof Survey, problem: FieldProblem['problem']) =>
      problems.push({ field: `survey-${i}-${key}`, problem });
    const name = s.name.trim();
    if (name === '') at('name', 'required');
    else if (names.has(name)) at('name', 'twice');
    names.add(name);
    const number = (key: 'satisfiedShare' | 'respondents' | 'responseRate') => {
      const value = readNumber(s[key]);
      if (value === undefined) at(key, 'number');
      else if (key === 'respondents' && value !== null && !Number.isInteger(value))
        at(key, 'whole');
      else if (key !== 'respondents' && value !== null && value > 100) at(key, 'percent');
      else return value;
      return null;
    };
    const satisfiedShare = number('satisfiedShare');
    const respondents = number('respondents');
    const responseRate = number('responseRate');
    if (s.scale.trim() === '') at('scale', 'required');
    if (s.satisfiedMeans.trim() === '') at('satisfiedMeans', 'required');
    surveys.push({
      name,
      satisfiedShare,
      respondents,
      responseRate,
      scale: s.scale.trim(),
      satisfiedMeans: s.satisfiedMeans.trim(),
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: { counts, themes: fields.themes, actions: fields.actions, surveys, version },
  };
}
