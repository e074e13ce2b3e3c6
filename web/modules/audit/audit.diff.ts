/** One field of an audited object before and after the change, as display text. */
export type DiffRow = {
  field: string;
  before: string | null;
  after: string | null;
  changed: boolean;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A value as text: strings as they are, everything else as JSON; absent as null. */
export function displayValue(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * The audited before and after, field by field (fields in the order they first appear).
 * Returns null when either side is not a plain object, so the UI shows the raw JSON instead.
 */
export function diffRecords(before: unknown, after: unknown): DiffRow[] | null {
  const b = before ?? {};
  const a = after ?? {};
  if (!isRecord(b) || !isRecord(a)) return null;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => {
    const beforeText = field in b ? displayValue(b[field]) : null;
    const afterText = field in a ? displayValue(a[field]) : null;
    return { field, before: beforeText, after: afterText, changed: beforeText !== afterText };
  });
}

/** A long text cut at a word near `max` characters, with an ellipsis (the full text is in the log). */
export function shorten(text: string | null, max = 160): string | null {
  if (text === null || text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
