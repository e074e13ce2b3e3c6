import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '#contracts/goals.ts';
import type { PublicGoalTree } from '#contracts/goals.status.ts';
import type { PublicReportSummary } from '#contracts/portal.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { buildCascade, expandableKeys } from '#web/modules/goals/goals.cascade.ts';
import { statusesByGoal } from '#web/modules/goals/goals.status.ts';
import { GoalTree } from '#web/modules/goals/components/goal-tree.tsx';
import { AppLink } from '#web/ui/app-link.tsx';
import { SelectField } from '#web/ui/fields.tsx';
import { Page } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { publicGoalTreeQuery, publicListQuery } from '../portal.api.ts';

/** The periods with a published report, newest year first, each once. */
export function publishedPeriods(reports: readonly PublicReportSummary[]) {
  const seen = new Map<string, { id: string; name: string }>();
  for (const report of reports)
    if (!seen.has(report.periodId))
      seen.set(report.periodId, { id: report.periodId, name: report.periodName });
  return [...seen.values()];
}

/**
 * The goals of a period's published reports as a tree, each with its status (the owner's
 * judgement, the other units' counts): what the committees judged, for the public. Reads only
 * the public endpoints.
 */
export function PublicGoalsPage({ scbCode, periodId }: { scbCode: string; periodId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tree = useQuery(publicGoalTreeQuery(scbCode, periodId));
  const list = useQuery(publicListQuery(scbCode));
  const periods = list.data ? publishedPeriods(list.data.reports) : [];
  const back = (
    <AppLink to="/public/$scbCode" params={{ scbCode }}>
      {t('portal.report.back')}
    </AppLink>
  );
  if (isApiError(tree.error) && tree.error.status === 404)
    return (
      <Page title={t('portal.goals.notFoundTitle')}>
        <Paragraph>{t('portal.goals.notFound')}</Paragraph>
        {back}
      </Page>
    );
  const title = tree.data
    ? t('portal.goals.title', { period: tree.data.period.name, tenant: tree.data.tenant.name })
    : t('portal.goals.titleLoading');
  return (
    <Page title={title}>
      <div className="button-row no-print">{back}</div>
      <Paragraph>{t('portal.goals.intro')}</Paragraph>
      {periods.length > 1 && (
        <div className="controls">
          <SelectField
            id="public-goals-period"
            label={t('portal.goals.period')}
            value={periodId}
            onChange={(e) =>
              void navigate({
                to: '/public/$scbCode/goals/$periodId',
                params: { scbCode, periodId: e.target.value },
              })
            }
          >
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <QueryState query={tree}>
        {(data) => <PublicTree key={data.period.id} data={data} />}
      </QueryState>
    </Page>
  );
}

function PublicTree({ data }: { data: PublicGoalTree }) {
  const { t } = useTranslation();
  const { nodes, statuses } = useMemo(
    () => ({
      // the tree needs no versions: the public goals come without them
      nodes: buildCascade(data.goals.map((goal): Goal => ({ ...goal, version: 0 }))),
      statuses: statusesByGoal(data.statuses),
    }),
    [data],
  );
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(expandableKeys(nodes)),
  );
  return (
    <GoalTree
      nodes={nodes}
      label={t('portal.goals.treeLabel', { period: data.period.name })}
      year={data.period.year}
      expanded={expanded}
      onExpandedChange={setExpanded}
      statuses={statuses}
      publicView
      headingLevel={2}
    />
  );
}
