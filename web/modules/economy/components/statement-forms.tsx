import { Button, Input, Table } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dispositionScopes, type EconomyView } from '#contracts/economy.ts';
import {
  balanceSections,
  investmentGroups,
  statementRowKinds,
  type StatementsView,
} from '#contracts/economy.statements.ts';
import type { MoneyUnit } from '#web/lib/money.ts';
import { DataTable } from '#web/ui/data-table.tsx';
import { classedColumns } from '#web/ui/column-heads.tsx';
import {
  freshEconomy,
  freshStatements,
  useSavePrintedTotals,
  useSaveStatement,
  type EconomyPlace,
} from '../economy.api.ts';
import type { EconomyText } from '../economy.messages.ts';
import {
  balanceColumns,
  balanceDraft,
  balanceInputOf,
  cellPath,
  dispositionColumns,
  dispositionDraft,
  dispositionInputOf,
  dispositionPath,
  dispositionVersion,
  emptyBalanceRow,
  emptyInvestmentRow,
  investmentColumns,
  investmentDraft,
  investmentInputOf,
  sameDisposition,
  sameRows,
  type BalanceDraftRow,
  type DispositionDraft,
  type InvestmentDraftRow,
} from '../economy.statements-edit.ts';
import { useEconomyForm } from '../use-economy-form.ts';
import { EconomyFormShell } from './economy-form-shell.tsx';

type Props = {
  statements: StatementsView;
  place: EconomyPlace;
  unit: MoneyUnit;
  text: EconomyText;
};

/** A cell typed in the printed layout: labelled by its row and column, its problem beside it. */
function Cell(props: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  amount?: boolean;
}) {
  return (
    <Table.Cell className={props.amount ? 'economy-number' : undefined}>
      <Input
        id={props.id}
        data-size="sm"
        aria-label={props.label}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        inputMode={props.amount ? 'decimal' : undefined}
        autoComplete="off"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error && (
        <span id={`${props.id}-error`} className="economy-form__cell-error">
          {props.error}
        </span>
      )}
    </Table.Cell>
  );
}

type GridKind = 'investment_account' | 'balance_sheet';
type AnyRow = InvestmentDraftRow | BalanceDraftRow;

/**
 * One statement as a grid of its rows, as printed: each row's kind (a project or post, a
 * subtotal, the total), its group or section, its name and its amounts; rows added and removed.
 */
function StatementGrid<R extends AnyRow>(props: {
  which: GridKind;
  rows: R[];
  setRows: (update: (rows: R[]) => R[]) => void;
  columns: readonly string[];
  columnNames: string[];
  groups: readonly string[];
  groupLabel: (group: string) => string;
  groupOf: (row: R) => string;
  withGroup: (row: R, group: string) => R;
  empty: () => R;
  at: (path: string) => string | undefined;
  unitName: string;
}) {
  const { t } = useTranslation();
  const k = `economy.form.statements`;
  const { rows, setRows } = props;
  const id = (path: string) => `${props.which}-form-${path.replaceAll('.', '-')}`;
  const set = (index: number, patch: (row: R) => R) =>
    setRows((all) => all.map((row, i) => (i === index ? patch(row) : row)));
  const rowName = (index: number) =>
    t(`${k}.rowName`, { number: index + 1, name: rows[index]!.name || '–' });
  return (
    <>
      <DataTable
        label={t(`${k}.${props.which}.grid`, { unit: props.unitName })}
        columns={[
          t(`${k}.colKind`),
          t(`${k}.${props.which}.colGroup`),
          t(`${k}.colName`),
          ...classedColumns('economy-number', props.columnNames),
          t(`${k}.colRemove`),
        ]}
      >
        <Table.Body>
          {rows.map((row, index) => (
            <Table.Row key={row.key}>
              <Table.Cell>
                <select
                  className="ds-input"
                  data-size="sm"
                  aria-label={t(`${k}.kindOf`, { row: rowName(index) })}
                  value={row.kind}
                  onChange={(e) => set(index, (r) => ({ ...r, kind: e.target.value as R['kind'] }))}
                >
                  {statementRowKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`${k}.kinds.${kind}`)}
                    </option>
                  ))}
                </select>
              </Table.Cell>
              <Table.Cell>
                <select
                  className="ds-input"
                  data-size="sm"
                  aria-label={t(`${k}.${props.which}.groupOf`, { row: rowName(index) })}
                  value={props.groupOf(row)}
                  disabled={props.which === 'investment_account' && row.kind === 'total'}
                  onChange={(e) => set(index, (r) => props.withGroup(r, e.target.value))}
                >
                  {props.groups.map((group) => (
                    <option key={group} value={group}>
                      {props.groupLabel(group)}
                    </option>
                  ))}
                </select>
              </Table.Cell>
              <Cell
                id={id(cellPath(index, 'name'))}
                label={t(`${k}.nameOf`, { number: index + 1 })}
                value={row.name}
                error={props.at(cellPath(index, 'name'))}
                onChange={(name) => set(index, (r) => ({ ...r, name }))}
              />
              {props.columns.map((column, c) => (
                <Cell
                  key={column}
                  amount
                  id={id(cellPath(index, column))}
                  label={t(`${k}.cellOf`, { row: rowName(index), column: props.columnNames[c] })}
                  value={(row.amounts as Record<string, string>)[column] ?? ''}
                  error={props.at(cellPath(index, column))}
                  onChange={(value) =>
                    set(index, (r) => ({ ...r, amounts: { ...r.amounts, [column]: value } }))
                  }
                />
              ))}
              <Table.Cell>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
                >
                  {t(`${k}.remove`, { row: rowName(index) })}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          onClick={() => setRows((all) => [...all, props.empty()])}
        >
          {t(`${k}.add`)}
        </Button>
      </div>
    </>
  );
}

/** Two versions of a statement side by side: one line per row ("name · amounts"). */
const flatRows = (rows: readonly AnyRow[]) =>
  Object.fromEntries(
    rows.map((row, i) => [
      `row${i + 1}`,
      [row.name, ...Object.values<string>(row.amounts)].map((p) => p.trim() || '–').join(' · '),
    ]),
  );
const rowConflict = (
  conflict: { draft: AnyRow[] } | null,
  mine: AnyRow[],
  label: (n: number) => string,
) => {
  if (!conflict) return null;
  const count = Math.max(conflict.draft.length, mine.length);
  return {
    fields: Array.from({ length: count }, (_, i) => ({ key: `row${i + 1}`, label: label(i + 1) })),
    saved: flatRows(conflict.draft),
    yours: flatRows(mine),
  };
};

/** The label of a problem's field: "Rad 2 (Nya skolan), Utfall 2015". */
function useFieldOf(which: GridKind, rows: readonly AnyRow[], columnName: (c: string) => string) {
  const { t } = useTranslation();
  return (path: string) => {
    const match = /^rows\.(\d+)\.(\w+)$/.exec(path);
    const index = Number(match?.[1]);
    if (!match || !rows[index]) return { label: path, id: null };
    const row = t('economy.form.statements.rowName', {
      number: index + 1,
      name: rows[index]!.name || '–',
    });
    const column =
      match[2] === 'name' ? t('economy.form.statements.colName') : columnName(match[2]!);
    return {
      label: t('economy.form.statements.cellOf', { row, column }),
      id: `${which}-form-${path.replaceAll('.', '-')}`,
    };
  };
}

/** Investeringsredovisning typed per project, with its subtotals and total. */
export function InvestmentAccountForm({ statements, place, unit, text }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveStatement(place, 'investment-account');
  const k = 'economy.statements.investment_account';
  const year = place.year;
  const names: Record<string, string> = {
    expenditureLimit: t(`${k}.colLimit`),
    accumulatedOutcome: t(`${k}.colAccumulatedOutcome`),
    accumulatedDeviation: t(`${k}.colAccumulatedDeviation`),
    budget: t(`${k}.colBudget`, { year }),
    outcome: t(`${k}.colOutcome`, { year }),
    deviation: t(`${k}.colDeviation`, { year }),
  };
  const loaded = (view: StatementsView) => ({
    draft: investmentDraft(view.investmentAccount.rows, unit),
    version: view.investmentAccount.version,
  });
  const form = useEconomyForm({
    server: loaded(statements),
    same: sameRows<InvestmentDraftRow>,
    prepare: (draft: InvestmentDraftRow[], version) => investmentInputOf(draft, unit, version),
    save: (input) => save.mutateAsync(input),
    loaded,
    fresh: async () => loaded(await freshStatements(queryClient, place)),
    unitName: text.unitName,
  });
  const fieldOf = useFieldOf('investment_account', form.draft, (c) => names[c] ?? c);
  const rowLabel = (number: number) => t('economy.statements.row', { number });
  return (
    <EconomyFormShell
      id="investment-account-form"
      toggleText={t('economy.form.statements.investment_account.toggle')}
      title={t('economy.form.statements.investment_account.title', { year })}
      level={3}
      intro={t('economy.form.statements.intro', { unit: text.unitName })}
      saveText={t('economy.form.statements.investment_account.save')}
      status={form.savedAt && !form.dirty && t('economy.form.saved')}
      form={form}
      fieldOf={fieldOf}
      conflict={rowConflict(form.conflict, form.draft, rowLabel)}
      text={text}
    >
      <StatementGrid
        which="investment_account"
        rows={form.draft}
        setRows={form.setDraft}
        columns={investmentColumns}
        columnNames={investmentColumns.map((c) => names[c]!)}
        groups={['ongoing', 'finished', 'none'] as const}
        groupLabel={(g) =>
          t(
            `economy.form.statements.investment_account.groups.${g as 'ongoing' | 'finished' | 'none'}`,
          )
        }
        groupOf={(row) => row.group ?? 'none'}
        withGroup={(row, group) => ({
          ...row,
          group: investmentGroups.find((g) => g === group) ?? null,
        })}
        empty={() => emptyInvestmentRow()}
        at={form.at}
        unitName={text.unitName}
      />
    </EconomyFormShell>
  );
}

/** Balansräkning typed post by post, with subtotals and each section's total. */
export function BalanceSheetForm({ statements, place, unit, text }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveStatement(place, 'balance-sheet');
  const k = 'economy.statements.balance_sheet';
  const year = place.year;
  const names: Record<string, string> = {
    thisYear: t(`${k}.colThisYear`, { year }),
    lastYear: t(`${k}.colLastYear`, { year: year - 1 }),
    change: t(`${k}.colChange`),
  };
  const loaded = (view: StatementsView) => ({
    draft: balanceDraft(view.balanceSheet.rows, unit),
    version: view.balanceSheet.version,
  });
  const form = useEconomyForm({
    server: loaded(statements),
    same: sameRows<BalanceDraftRow>,
    prepare: (draft: BalanceDraftRow[], version) => balanceInputOf(draft, unit, version),
    save: (input) => save.mutateAsync(input),
    loaded,
    fresh: async () => loaded(await freshStatements(queryClient, place)),
    unitName: text.unitName,
  });
  const fieldOf = useFieldOf('balance_sheet', form.draft, (c) => names[c] ?? c);
  const rowLabel = (number: number) => t('economy.statements.row', { number });
  return (
    <EconomyFormShell
      id="balance-sheet-form"
      toggleText={t('economy.form.statements.balance_sheet.toggle')}
      title={t('economy.form.statements.balance_sheet.title', { year })}
      level={3}
      intro={t('economy.form.statements.intro', { unit: text.unitName })}
      saveText={t('economy.form.statements.balance_sheet.save')}
      status={form.savedAt && !form.dirty && t('economy.form.saved')}
      form={form}
      fieldOf={fieldOf}
      conflict={rowConflict(form.conflict, form.draft, rowLabel)}
      text={text}
    >
      <StatementGrid
        which="balance_sheet"
        rows={form.draft}
        setRows={form.setDraft}
        columns={balanceColumns}
        columnNames={balanceColumns.map((c) => names[c]!)}
        groups={balanceSections}
        groupLabel={(g) =>
          t(`economy.form.statements.balance_sheet.groups.${g as 'assets' | 'liabilities_equity'}`)
        }
        groupOf={(row) => row.section}
        withGroup={(row, section) => ({
          ...row,
          section: balanceSections.find((s) => s === section) ?? 'assets',
        })}
        empty={() => emptyBalanceRow()}
        at={form.at}
        unitName={text.unitName}
      />
    </EconomyFormShell>
  );
}

/** Resultat före … efter bokslutsdisposition typed as printed, each row with its version. */
export function DispositionForm({
  view,
  place,
  text,
}: {
  view: EconomyView;
  place: EconomyPlace;
  text: EconomyText;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSavePrintedTotals(place);
  const unit = view.settings.unit;
  const year = view.year;
  const names: Record<string, string> = {
    adjustedBudget: t('economy.disposition.colBudget', { year }),
    outcome: t('economy.disposition.colOutcome', { year }),
    deviation: t('economy.disposition.colDeviation', { year }),
    previousYearOutcome: t('economy.disposition.colPrevious', { year: year - 1 }),
  };
  const rowName = (scope: (typeof dispositionScopes)[number]) =>
    t(`economy.disposition.rows.${scope}`, { next: year + 1 });
  // the versions to write with: the page's, or the ones read again after a conflict
  const versionsRef = useRef(view);
  const loaded = (economy: EconomyView) => {
    versionsRef.current = economy;
    return { draft: dispositionDraft(economy, unit), version: dispositionVersion(economy) };
  };
  const form = useEconomyForm({
    server: { draft: dispositionDraft(view, unit), version: dispositionVersion(view) },
    same: sameDisposition,
    prepare: (draft: DispositionDraft) =>
      dispositionInputOf(
        draft,
        versionsRef.current,
        unit,
        (scope) =>
          versionsRef.current.printedTotals.find((p) => p.scope === scope && p.kind === 'net')
            ?.version ?? 0,
      ),
    save: (rows) => save.mutateAsync(rows),
    loaded,
    fresh: async () => loaded(await freshEconomy(queryClient, place)),
    unitName: text.unitName,
  });
  const id = (path: string) => `disposition-form-${path.replaceAll('.', '-')}`;
  const fieldOf = (path: string) => {
    const [, scope, column] = path.split('.');
    const known = dispositionScopes.find((s) => s === scope);
    if (!known || !column || !names[column]) return { label: path, id: null };
    return {
      label: t('economy.form.statements.cellOf', { row: rowName(known), column: names[column] }),
      id: id(path),
    };
  };
  return (
    <EconomyFormShell
      id="disposition-form"
      toggleText={t('economy.form.statements.disposition.toggle')}
      title={t('economy.form.statements.disposition.title', { year })}
      level={3}
      intro={t('economy.form.statements.intro', { unit: text.unitName })}
      saveText={t('economy.form.statements.disposition.save')}
      status={form.savedAt && !form.dirty && t('economy.form.saved')}
      form={form}
      fieldOf={fieldOf}
      conflict={null}
      text={text}
    >
      <DataTable
        label={t('economy.form.statements.disposition.grid', { unit: text.unitName })}
        columns={[
          t('economy.disposition.colRow'),
          ...classedColumns(
            'economy-number',
            dispositionColumns.map((c) => names[c]!),
          ),
        ]}
      >
        <Table.Body>
          {dispositionScopes.map((scope) => (
            <Table.Row key={scope}>
              <Table.HeaderCell scope="row">{rowName(scope)}</Table.HeaderCell>
              {dispositionColumns.map((column) => {
                const path = dispositionPath(scope, column);
                return (
                  <Cell
                    key={column}
                    amount
                    id={id(path)}
                    label={t('economy.form.statements.cellOf', {
                      row: rowName(scope),
                      column: names[column],
                    })}
                    value={form.draft[scope][column]}
                    error={form.at(path)}
                    onChange={(value) =>
                      form.setDraft((d) => ({ ...d, [scope]: { ...d[scope], [column]: value } }))
                    }
                  />
                );
              })}
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
    </EconomyFormShell>
  );
}
