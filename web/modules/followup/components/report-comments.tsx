/** The texts written under a report table (analyses, comments), each under its row's name. */
export function ReportComments({
  title,
  items,
}: {
  title: string;
  items: readonly { key: string; term: string; text: string }[];
}) {
  if (items.length === 0) return null;
  return (
    <div className="report-comments">
      <p className="report-comments__title">{title}</p>
      <dl>
        {items.map((item) => (
          <div key={item.key}>
            <dt>{item.term}</dt>
            <dd className="prewrap">{item.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
