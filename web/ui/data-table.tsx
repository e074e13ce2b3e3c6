import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { ColumnHeads, type ColumnHead } from './column-heads.tsx';
import { ScrollTable } from './scroll-table.tsx';

type Props = {
  /** what the table shows: the scrolling region's name, and the caption unless `caption` is 'none' */
  label: string;
  /** the caption shown (default), for screen readers only, or none (the region names the table) */
  caption?: 'shown' | 'hidden' | 'none';
  columns: readonly ColumnHead[];
  zebra?: boolean;
  /** small type and padding (default); false keeps the design system's size */
  small?: boolean;
  className?: string;
  /** the body (or bodies) and a foot, if any */
  children: ReactNode;
};

/**
 * A table of rows under a header row, in a region that scrolls sideways on narrow screens:
 * the pages' lists and reports share it.
 */
export function DataTable({
  label,
  caption = 'shown',
  columns,
  zebra = false,
  small = true,
  className,
  children,
}: Props) {
  return (
    <ScrollTable label={label}>
      <Table data-size={small ? 'sm' : undefined} zebra={zebra} className={className}>
        {caption !== 'none' && (
          <caption className={caption === 'hidden' ? 'ds-sr-only' : undefined}>{label}</caption>
        )}
        <ColumnHeads columns={columns} />
        {children}
      </Table>
    </ScrollTable>
  );
}
