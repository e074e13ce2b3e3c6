import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ComputedStaff, IndexDefinition } from '#contracts/hr.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { DataTable } from '#web/ui/data-table.tsx';

type Row = { label: string; values: (number | null)[]; decimals: number };

/** The rows a staff table shows, one per figure, a value per column (a year or a unit). */
export function useStaffRows() {
  const { t } = useTranslation();
  return (
    columns: readonly (ComputedStaff | null)[],
    indices: readonly IndexDefinition[],
  ): Row[] => {
    const pick = (f: (c: ComputedStaff) => number | null) => columns.map((c) => (c ? f(c) : null));
    const forms = [...new Set(columns.flatMap((c) => c?.byForm.map((b) => b.form) ?? []))];
    return [
      { label: t('staff.headcount'), values: pick((c) => c.headcount), decimals: 0 },
      ...forms.map((form) => ({
        label: t('staff.headcountForm', { form: t(`staff.forms.${form}`) }),
        values: pick((c) => c.byForm.find((b) => b.form === form)?.headcount ?? null),
        decimals: 0,
      })),
      { label: t('staff.annualEmployees'), values: pick((c) => c.annualEmployees), decimals: 1 },
      ...forms.map((form) => ({
        label: t('staff.annualForm', { form: t(`staff.forms.${form}`) }),
        values: pick((c) => c.byForm.find((b) => b.form === form)?.annualEmployees ?? null),
        decimals: 1,
      })),
      { label: t('staff.shareWomen'), values: pick((c) => c.shareWomen), decimals: 0 },
      { label: t('staff.shareMen'), values: pick((c) => c.shareMen), decimals: 0 },
      { label: t('staff.scheduledHours'), values: pick((c) => c.scheduledHours), decimals: 0 },
      { label: t('staff.sickTotal'), values: pick((c) => c.sickTotal), decimals: 1 },
      { label: t('staff.sickShort'), values: pick((c) => c.sickShort), decimals: 1 },
      { label: t('staff.sickLong'), values: pick((c) => c.sickLong), decimals: 1 },
      { label: t('staff.sickWomen'), values: pick((c) => c.sickWomen), decimals: 1 },
      { label: t('staff.sickMen'), values: pick((c) => c.sickMen), decimals: 1 },
      { label: t('staff.turnover'), values: pick((c) => c.turnover), decimals: 1 },
      ...indices.map((index) => ({
        label: index.name,
        values: pick((c) => c.indices.find((i) => i.key === index.key)?.value ?? null),
        decimals: 0,
      })),
    ];
  };
}

/** A table of figures: one row per figure, one column per year or unit. */
export function StaffTable({
  label,
  heads,
  columns,
  indices,
}: {
  label: string;
  heads: readonly string[];
  columns: readonly (ComputedStaff | null)[];
  indices: readonly IndexDefinition[];
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const rows = useStaffRows()(columns, indices).filter((row) => row.values.some((v) => v !== null));
  return (
    <DataTable label={label} columns={[t('staff.colFigure'), ...heads]}>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.label}>
            <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
            {row.values.map((value, i) => (
              <Table.Cell key={i} className="numeric">
                {value === null ? t('staff.none') : messages.number(value, row.decimals)}
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
