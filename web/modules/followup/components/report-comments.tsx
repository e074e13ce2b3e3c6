type Entry = { key: string; term: string; text: string | undefined };

/**
 * The texts written under a report table (analyses, comments), each under its row's name;
 * the rows with no text (or only spaces) are left out.
 */
export function ReportComments<Item>({
  title,
  items,
  entry,
}: {
  title: string;
  items: readonly Item[];
  /** a row's key, name and text */
  entry: (item: Item) => Entry;
}) {
  const entries = items.map(entry).filter((e) => e.text?.trim());
  if (entries.length === 0) return null;
  return (
    <div className="report-comments">
      <p className="report-comments__title">{title}</p>
      <dl>
        {entries.map((e) => (
          <div key={e.key}>
            <dt>{e.term}</dt>
            <dd className="prewrap">{e.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
