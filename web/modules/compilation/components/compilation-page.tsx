import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compilationFormats,
  type Compilation,
  type CompilationFormat,
} from '#contracts/compilations.ts';
import { formatDateTime } from '#web/lib/format.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { ChoiceField, SelectField } from '#web/ui/fields.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { Pickers, YearPicker } from '#web/ui/pickers.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import {
  compilationsQuery,
  fileHref,
  isOpen,
  useCancelCompilation,
  useStartCompilation,
} from '../compilation.api.ts';

/**
 * "Stadens sammanställning": every committee's report of a period in one document, made by a
 * background job. The page starts one, shows the open one's progress (polled every second) with
 * Avbryt, and lists the earlier ones with their files.
 */
export function CompilationPage() {
  const { t } = useTranslation();
  const compilations = useQuery(compilationsQuery);
  return (
    <Page title={t('compilation.title')}>
      <Paragraph>{t('compilation.intro')}</Paragraph>
      <StartForm />
      <QueryState query={compilations}>
        {({ compilations: list }) => (
          <>
            {list.filter(isOpen).map((c) => (
              <Progress key={c.id} compilation={c} />
            ))}
            <History list={list} />
          </>
        )}
      </QueryState>
    </Page>
  );
}

function StartForm() {
  const { t } = useTranslation();
  const years = useQuery(yearsQuery);
  const start = useStartCompilation();
  const [year, setYear] = useState<number>();
  const [periodId, setPeriodId] = useState<string>();
  const [format, setFormat] = useState<CompilationFormat>('pdf');
  const chosenYear = years.data?.find((y) => y.year === year) ?? years.data?.[0];
  const periods = chosenYear?.periods ?? [];
  const period = periods.find((p) => p.id === periodId) ?? periods.at(-1);
  return (
    <Section title={t('compilation.startTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (period) start.mutate({ periodId: period.id, format });
        }}
      >
        <Pickers className="compilation-pickers" legend={t('compilation.startTitle')}>
          <YearPicker
            id="compilation-year"
            label={t('compilation.year')}
            years={(years.data ?? []).map((y) => y.year)}
            value={chosenYear?.year}
            onChange={(y) => {
              setYear(y);
              setPeriodId(undefined);
            }}
          />
          <SelectField
            id="compilation-period"
            label={t('compilation.period')}
            value={period?.id ?? ''}
            onChange={(e) => setPeriodId(e.target.value)}
          >
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <ChoiceField
            id="compilation-format"
            label={t('compilation.format')}
            choices={compilationFormats}
            choiceLabel={(f) => t(`compilation.formats.${f}`)}
            value={format}
            onChange={(f) => f && setFormat(f)}
          />
        </Pickers>
        <Button type="submit" disabled={!period || start.isPending}>
          {start.isPending ? t('compilation.starting') : t('compilation.start')}
        </Button>
      </form>
      {start.isError && <ErrorAlert error={start.error} />}
    </Section>
  );
}

/** "12 av 60 nämnder · nu: Trafiknämnden", or what the job does besides building committees. */
function useProgressText() {
  const { t } = useTranslation();
  return (c: Compilation) => {
    if (c.status === 'queued') return t('compilation.queued');
    const done = t('compilation.progress', { done: c.unitsDone, total: c.unitsTotal });
    if (c.currentUnit) return `${done} · ${t('compilation.now', { unit: c.currentUnit })}`;
    return c.unitsTotal > 0 && c.unitsDone === c.unitsTotal
      ? `${done} · ${t('compilation.assembling')}`
      : done;
  };
}

function Progress({ compilation: c }: { compilation: Compilation }) {
  const { t } = useTranslation();
  const cancel = useCancelCompilation();
  const text = useProgressText()(c);
  const labelId = `compilation-progress-${c.id}`;
  return (
    <Section title={`${t('compilation.progressTitle')}: ${c.periodName}`}>
      <progress
        className="compilation-progress"
        aria-labelledby={labelId}
        max={Math.max(c.unitsTotal, 1)}
        value={c.unitsDone}
      />
      <Paragraph id={labelId} aria-live="polite" data-testid="compilation-progress">
        {text}
      </Paragraph>
      <Button variant="secondary" onClick={() => cancel.mutate(c.id)} disabled={cancel.isPending}>
        {t('compilation.cancel')}
      </Button>
      {cancel.isError && <ErrorAlert error={cancel.error} />}
    </Section>
  );
}

function History({ list }: { list: Compilation[] }) {
  const { t, i18n } = useTranslation();
  const C = 'compilation.columns';
  return (
    <Section title={t('compilation.listTitle')}>
      {list.length === 0 ? (
        <Paragraph>{t('compilation.empty')}</Paragraph>
      ) : (
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t(`${C}.requested`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${C}.period`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${C}.format`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${C}.status`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${C}.by`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${C}.file`)}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>{formatDateTime(c.requestedAt, i18n.language)}</Table.Cell>
                <Table.Cell>{c.periodName}</Table.Cell>
                <Table.Cell>{t(`compilation.formats.${c.format}`)}</Table.Cell>
                <Table.Cell>
                  {c.status === 'failed' && c.error
                    ? t('compilation.failed', { error: c.error })
                    : t(`compilation.statuses.${c.status}`)}
                </Table.Cell>
                <Table.Cell>{c.requestedBy ?? ''}</Table.Cell>
                <Table.Cell>
                  {c.status === 'done' && c.fileName ? (
                    <a href={fileHref(c.id)} download>
                      {t('compilation.download', { name: c.fileName })}
                    </a>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Section>
  );
}
