import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * Rows of several tables in one statement: `jsonRow` writes a row as a JSON object keyed by the
 * table's property names, each value as the driver would give it (numerics as text, so no digit
 * is lost to a JSON number); `fromJsonRow` turns it back into exactly the row Drizzle's own
 * select gives, through each column's own mapping (a timestamp becomes a Date, and so on).
 * For reads that would otherwise take a round trip per table (a unit's report). `keys` writes
 * only those properties (what an audit entry keeps of a row).
 */
const written = new Map<PgTable, Map<string, string>>();

export function jsonRow(table: PgTable, alias: string, keys?: readonly string[]): SQL {
  // written once per table, alias and keys: the text never changes, and building it chunk by
  // chunk on every read cost more than the read itself
  const byAlias = written.get(table) ?? new Map<string, string>();
  written.set(table, byAlias);
  const cacheKey = keys ? `${alias} ${keys.join(' ')}` : alias;
  let text = byAlias.get(cacheKey);
  if (text === undefined) {
    const columns = Object.entries(getTableColumns(table)).filter(
      ([key]) => !keys || keys.includes(key),
    );
    if (keys && columns.length !== keys.length)
      throw new Error(`not all of ${keys.join(', ')} are columns of the table`);
    const pairs = columns.map(([key, column]) => {
      const value = `${alias}."${(column as PgColumn).name}"`;
      return `'${key}', ${(column as PgColumn).columnType === 'PgNumeric' ? `${value}::text` : value}`;
    });
    text = `json_build_object(${pairs.join(', ')})`;
    byAlias.set(cacheKey, text);
  }
  return sql.raw(text);
}

const columnLists = new Map<PgTable, [string, PgColumn][]>();
const columnsOf = (table: PgTable) => {
  let list = columnLists.get(table);
  if (!list) columnLists.set(table, (list = Object.entries(getTableColumns(table))));
  return list;
};

export function fromJsonRow<T extends PgTable>(
  table: T,
  row: Record<string, unknown>,
): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [key, column] of columnsOf(table)) {
    const value = row[key];
    out[key] =
      value === null || value === undefined ? null : (column as PgColumn).mapFromDriverValue(value);
  }
  return out as T['$inferSelect'];
}
