import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** A column's header: its text, or its text and a class (e.g. numbers aligned right). */
export type ColumnHead = ReactNode | { label: ReactNode; className: string };

const isClassed = (head: ColumnHead): head is { label: ReactNode; className: string } =>
  typeof head === 'object' && head !== null && 'className' in head && 'label' in head;

/** Columns that share a class, e.g. the numbers of a table aligned right. */
export const classedColumns = (className: string, labels: readonly ReactNode[]): ColumnHead[] =>
  labels.map((label) => ({ label, className }));

/** A table's head: one row of column headers, in order. */
export function ColumnHeads({ columns }: { columns: readonly ColumnHead[] }) {
  return (
    <Table.Head>
      <Table.Row>
        {columns.map((head, index) =>
          isClassed(head) ? (
            <Table.HeaderCell key={index} scope="col" className={head.className}>
              {head.label}
            </Table.HeaderCell>
          ) : (
            <Table.HeaderCell key={index} scope="col">
              {head}
            </Table.HeaderCell>
          ),
        )}
      </Table.Row>
    </Table.Head>
  );
}
