/** A file's size as people read it: "840 B", "12 kB", "3,4 MB". */
export function fileSize(bytes: number, language: string): string {
  const number = (value: number, digits: number) =>
    value.toLocaleString(language, { maximumFractionDigits: digits });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
