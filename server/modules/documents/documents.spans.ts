/**
 * Where a document's time goes: milliseconds per named step, added up over the calls that share
 * the record. The renderers and the report's builder take an optional record and fill it; the
 * route passes none, `npm run bench:documents` reads it (data, model, html, docx tree and pack,
 * Chromium's launch, page, setContent and pdf).
 */
export type Spans = Record<string, number>;

/** `work`'s result; its milliseconds are added to `spans[name]` when a record is given. */
export async function timed<T>(
  spans: Spans | undefined,
  name: string,
  work: () => T | Promise<T>,
): Promise<T> {
  if (!spans) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    spans[name] = (spans[name] ?? 0) + performance.now() - started;
  }
}
