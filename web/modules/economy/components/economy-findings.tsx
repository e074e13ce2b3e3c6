import { Details, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { EconomyMismatch, EconomyView } from '#contracts/economy.ts';
import { classedColumns } from '#web/ui/column-heads.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import type { MismatchPlaceRef } from '#contracts/economy.ts';
import { findingId, jumpTo, type EconomyText, type EconomyViewProps } from '../economy.messages.ts';
import { findingAnchors, largeProjects, placeMismatch, type TableGroup } from '../economy.rows.ts';

/** The sign convention's formulas, folded below the table (from the API's `formulas`). */
export function FormulaNote({ view, text }: { view: EconomyView; text: EconomyText }) {
  const { t } = useTranslation();
  const { formulas } = view;
  return (
    <aside className="economy-formulas" aria-labelledby="economy-formulas-title">
      {/* Folded below the table so that the table has the page's whole width. */}
      <Details>
        <Details.Summary>
          <span id="economy-formulas-title">{t('economy.formulas.title')}</span>
        </Details.Summary>
        <Details.Content>
          <ul>
            <li>{t(`economy.formulas.revenueSign.${formulas.revenueSign}`)}</li>
            <li>{t('economy.formulas.net', { formula: text.term(formulas.net) })}</li>
            {(['costs', 'revenues', 'net'] as const).map((kind) => (
              <li key={kind}>
                {t(`economy.formulas.deviation.${kind}`, {
                  formula: text.term(formulas.deviation[kind]),
                })}
              </li>
            ))}
            <li>{t('economy.formulas.favourable')}</li>
            <li>{t('economy.formulas.base')}</li>
            <li>{t('economy.formulas.computed')}</li>
            <li>{t('economy.formulas.rounding')}</li>
          </ul>
        </Details.Content>
      </Details>
    </aside>
  );
}

/** Where a finding sits, in words: "SLK, Kostnader, avvikelse". */
function useWhere(view: EconomyView, groups: TableGroup[]) {
  const { t } = useTranslation();
  const rowNames = new Map<string, string>();
  for (const group of groups)
    for (const row of group.rows) {
      const heading =
        group.kind === 'operating_total'
          ? t(`economy.table.totalKinds.${row.kind}`)
          : group.kind === 'including'
            ? t('economy.table.including')
            : `${group.name ?? ''}, ${t(`economy.table.kinds.${row.kind}`)}`;
      rowNames.set(row.key, heading);
    }
  return (mismatch: MismatchPlaceRef): string => {
    const place = placeMismatch(mismatch);
    switch (place.on) {
      case 'row': {
        const row =
          rowNames.get(place.row) ??
          (place.row === 'investments' ? t('economy.mismatches.where.investments') : mismatch.path);
        return place.column
          ? t('economy.mismatches.where.row', {
              row,
              column: t(`economy.mismatches.columns.${place.column}`),
            })
          : row;
      }
      case 'fund': {
        const fund = view.resultFunds.find((f) => f.unitId === place.unitId);
        return t('economy.mismatches.where.fund', { unit: fund?.unitName ?? view.unit.name });
      }
      case 'carry_over': {
        if (place.request === null) return t('economy.mismatches.where.carryOverTotal');
        const request = view.carryOvers.requests[place.request];
        return t('economy.mismatches.where.carryOverRequest', {
          number: place.request + 1,
          purpose: request?.purpose ?? '',
        });
      }
      case 'statement':
        return t(`economy.statements.${place.table}.title`);
      case 'disposition': {
        const row = t(`economy.disposition.rows.${place.row}`, { next: view.year + 1 });
        return place.column
          ? t('economy.mismatches.where.row', {
              row,
              column: t(`economy.mismatches.columns.${place.column}`),
            })
          : row;
      }
    }
  };
}

/**
 * Links to the places a finding's figure is printed: where it is flagged and, for a figure the
 * report states in two tables, the other one too (e.g. the investment account's total and the
 * operating table's investments).
 */
export function PlaceLinks({ mismatch }: { mismatch: EconomyMismatch }) {
  const { t } = useTranslation();
  const [here, there] = findingAnchors(mismatch);
  const link = (anchor: string, words: string) => (
    <Link
      href={`#${anchor}`}
      onClick={(event) => {
        if (jumpTo(anchor)) event.preventDefault();
      }}
    >
      {words}
    </Link>
  );
  return (
    <span className="economy-finding__places">
      {link(here!, t('economy.mismatches.toPlace'))}
      {there && <> · {link(there, t('economy.mismatches.toOtherPlace'))}</>}
    </span>
  );
}

/** A finding's kind, in words and colour: rounding (within one printed unit) or an error. */
export function FindingKind({ kind }: { kind: EconomyMismatch['kind'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={kind === 'error' ? 'danger' : 'warning'}>
      <span aria-hidden="true">{kind === 'error' ? '⚠ ' : '≈ '}</span>
      {t(`economy.mismatches.kinds.${kind}`)}
    </Tag>
  );
}

/**
 * Every printed figure that does not agree with the others, numbered as flagged in the table,
 * with the computed figure, the printed one and the difference.
 */
export function FindingList({ view, groups, text }: EconomyViewProps) {
  const { t } = useTranslation();
  const where = useWhere(view, groups);
  const count = view.mismatches.length;
  if (count === 0) return <Paragraph>{t('economy.mismatches.none')}</Paragraph>;
  const caption = t('economy.mismatches.caption', { unit: text.unitName });
  return (
    <>
      <Paragraph>{t('economy.mismatches.intro', { count })}</Paragraph>
      <DataTable
        label={caption}
        caption="hidden"
        zebra
        columns={[
          t('economy.mismatches.colNumber'),
          t('economy.mismatches.colWhere'),
          t('economy.mismatches.colCheck'),
          ...classedColumns('economy-number', [
            t('economy.mismatches.colExpected'),
            t('economy.mismatches.colPrinted'),
            t('economy.mismatches.colDifference'),
          ]),
          t('economy.mismatches.colKind'),
        ]}
      >
        <Table.Body>
          {view.mismatches.map((mismatch, index) => (
            <Table.Row key={index} id={findingId(index)} tabIndex={-1} className="economy-finding">
              <Table.Cell>{index + 1}</Table.Cell>
              <Table.HeaderCell scope="row">
                {where(mismatch)}
                {mismatch.also && (
                  <> {t('economy.mismatches.alsoAt', { place: where(mismatch.also) })}</>
                )}{' '}
                <PlaceLinks mismatch={mismatch} />
              </Table.HeaderCell>
              <Table.Cell>{text.check(mismatch.code)}</Table.Cell>
              <Table.Cell className="economy-number">{text.money(mismatch.expected)}</Table.Cell>
              <Table.Cell className="economy-number">{text.printed(mismatch)}</Table.Cell>
              <Table.Cell className="economy-number">{text.money(mismatch.difference)}</Table.Cell>
              <Table.Cell>
                <FindingKind kind={mismatch.kind} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
    </>
  );
}

/** The large projects that are not investments: their texts (their costs are in operations). */
export function LargeProjects({ view }: { view: EconomyView }) {
  const { t } = useTranslation();
  const projects = largeProjects(view);
  if (projects.length === 0) return null;
  return (
    <section className="section">
      <Heading level={2} data-size="sm">
        {t('economy.projects.title')}
      </Heading>
      <Paragraph>{t('economy.table.projectNote')}</Paragraph>
      {projects.map((project) => (
        <article key={project.id} className="economy-project">
          <Heading level={3} data-size="2xs">
            {project.name}
          </Heading>
          {project.description && (
            <Paragraph data-size="sm" className="prewrap">
              {project.description}
            </Paragraph>
          )}
        </article>
      ))}
    </section>
  );
}
