import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '#web/i18n/messages.ts';
import { conflictRows, type Values } from '#web/lib/conflict.ts';
import { DataTable } from './data-table.tsx';

type Props<V extends Values> = {
  /** the fields to compare, with their labels */
  fields: readonly { key: keyof V & string; label: string }[];
  saved: V | null;
  yours: V;
  savedBy: string | null;
  savedAt: string | null;
  /** how a field's value is shown (a radio value by its label, an empty text as "(tomt)") */
  show?: (field: keyof V & string, value: string | null) => string;
  onKeepMine: () => void;
  onTakeSaved: () => void;
  busy: boolean;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
};

/**
 * Someone else saved first: both versions side by side, field by field, and the choice. Nothing
 * is lost either way: keeping mine saves my text over theirs, taking theirs puts theirs in the
 * form (mine is still here until the user leaves the page).
 */
export function ConflictPanel<V extends Values>(props: Props<V>) {
  const { t } = useTranslation();
  const messages = useMessages();
  const { fields, saved, yours, savedBy, savedAt, show, busy, headingLevel = 4 } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const labels = new Map(fields.map((f) => [f.key, f.label]));
  const rows = conflictRows(
    fields.map((f) => f.key),
    saved,
    yours,
  );
  const display = (field: keyof V & string, value: string | null) => {
    const shown = show ? show(field, value) : (value ?? '');
    return shown.trim() === '' ? t('common.conflict.empty') : shown;
  };
  return (
    <Alert data-color="warning" className="conflict-panel">
      <Heading level={headingLevel} data-size="2xs" ref={heading} tabIndex={-1}>
        {t('common.conflict.title')}
      </Heading>
      <Paragraph>
        {savedBy && savedAt
          ? t('common.conflict.intro', { name: savedBy, time: messages.dateTime(savedAt) })
          : t('common.conflict.introUnknown')}
      </Paragraph>
      <DataTable
        label={t('common.conflict.caption')}
        caption="hidden"
        className="conflict-table"
        columns={[
          t('common.conflict.field'),
          t('common.conflict.saved'),
          t('common.conflict.yours'),
        ]}
      >
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.field} className={row.differs ? 'conflict-table__differs' : ''}>
              <Table.HeaderCell scope="row">
                {labels.get(row.field)}
                {row.differs && (
                  <span className="conflict-table__mark"> ({t('common.conflict.differs')})</span>
                )}
              </Table.HeaderCell>
              <Table.Cell className="prewrap">{display(row.field, row.saved)}</Table.Cell>
              <Table.Cell className="prewrap">{display(row.field, row.yours)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
      <div className="button-row">
        <Button type="button" onClick={props.onKeepMine} loading={busy}>
          {t('common.conflict.keepMine')}
        </Button>
        <Button type="button" variant="secondary" onClick={props.onTakeSaved} disabled={busy}>
          {t('common.conflict.takeSaved')}
        </Button>
      </div>
    </Alert>
  );
}

type Versions<V extends Values> = {
  saved: V | null;
  current: { updatedAt: string | null; updatedByName: string | null } | null;
};

/** The panel of a versioned form's conflict: who saved theirs, and when, come with their record. */
export function VersionedConflictPanel<V extends Values>({
  conflict,
  ...props
}: Omit<Props<V>, 'saved' | 'savedBy' | 'savedAt'> & { conflict: Versions<V> }) {
  return (
    <ConflictPanel
      {...props}
      saved={conflict.saved}
      savedBy={conflict.current?.updatedByName ?? null}
      savedAt={conflict.current?.updatedAt ?? null}
    />
  );
}
