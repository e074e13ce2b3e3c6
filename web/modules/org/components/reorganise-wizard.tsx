import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReorganisationChangeInput } from '#contracts/org.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { isIsoDate, todayIso } from '#web/lib/format.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { IssueSummary, type SummaryItem } from '#web/ui/issue-summary.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Section } from '#web/ui/page.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { treeQuery, useCommitReorganisation, usePreviewReorganisation } from '../org.api.ts';
import { issuesByChange } from '../org.changes.ts';
import { ChangeForm } from './change-form.tsx';
import { ChangeList, changeItemId, useDescribeChange } from './change-list.tsx';
import { DetailsStep, detailsInput, emptyDetails, type DecisionDetails } from './details-step.tsx';
import { PreviewSummary } from './preview-step.tsx';
import './org.css';

type Step = 1 | 2 | 3;
const stepNames = ['reorganise.step1', 'reorganise.step2', 'reorganise.step3'] as const;

/** The reorganisation wizard: decision → changes → preview and commit. */
export function ReorganiseWizard() {
  const { t } = useTranslation();
  const messages = useMessages();
  const navigate = useNavigate();
  const [step, setStepState] = useState<Step>(1);
  const [details, setDetails] = useState<DecisionDetails>(emptyDetails);
  const [changes, setChanges] = useState<ReorganisationChangeInput[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [noChanges, setNoChanges] = useState(false);
  // The organisation revision the preview was made against; the commit sends the same one.
  const [revision, setRevision] = useState(0);
  const date = isIsoDate(details.effectiveDate) ? details.effectiveDate : todayIso();
  const tree = useQuery({ ...treeQuery(date), enabled: step > 1 });
  const units = tree.data?.date === date ? tree.data.units : [];
  const preview = usePreviewReorganisation();
  const commit = useCommitReorganisation();
  const describe = useDescribeChange(units, changes);

  const setStep = (next: Step) => {
    setStatus(null);
    setStepState(next);
  };

  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    // Announce each new step by moving focus to its heading (not on arrival at the page).
    if (firstStep.current) firstStep.current = false;
    else heading.current?.focus();
  }, [step]);

  const input = (rev: number) => ({ ...detailsInput(details), changes, revision: rev });
  const runPreview = (rev: number) => {
    setRevision(rev);
    commit.reset();
    preview.mutate(input(rev));
    setStep(3);
  };
  const onPreview = () => {
    if (changes.length === 0) return setNoChanges(true);
    if (tree.data) runPreview(tree.data.revision);
  };
  const onReload = async () => {
    const result = await tree.refetch();
    if (result.data) runPreview(result.data.revision);
  };
  const onCommit = () =>
    commit.mutate(input(revision), {
      onSuccess: ({ id }) =>
        void navigate({
          to: '/org/reorganisations/$id',
          params: { id },
          search: { recorded: true },
        }),
    });
  const onAdd = (change: ReorganisationChangeInput) => {
    setChanges((list) => [...list, change]);
    setNoChanges(false);
    setStatus(`${t('reorganise.changeNumber', { n: changes.length + 1 })}: ${describe(change)}`);
  };
  const onRemove = (index: number) => {
    setChanges((list) => list.filter((_, i) => i !== index));
    preview.reset();
  };

  const failure = commit.error ?? preview.error;
  const conflict = isApiError(failure) && failure.status === 409;
  const invalid = isApiError(failure) && failure.issues.length > 0 ? failure.issues : null;
  const grouped = invalid ? issuesByChange(invalid) : null;
  const summary: SummaryItem[] = grouped
    ? [
        ...grouped.general.map((issue, i) => ({
          key: `general-${i}`,
          text: `${issue.path || t('reorganise.step1')}: ${messages.issue(issue)}`,
          href: '#wizard-step',
        })),
        ...[...grouped.byChange].flatMap(([index, list]) =>
          list.map((issue, i) => ({
            key: `${index}-${i}`,
            text: t('reorganise.issueInChange', {
              change: `${t('reorganise.changeNumber', { n: index + 1 })} (${changes[index] ? describe(changes[index]) : ''})`,
              message: messages.issue(issue),
            }),
            href: `#${changeItemId(index)}`,
          })),
        ),
      ]
    : [];

  return (
    <div className="wizard">
      <ol className="wizard-steps" aria-label={t('reorganise.steps')}>
        {stepNames.map((name, i) => (
          <li key={name} aria-current={step === i + 1 ? 'step' : undefined}>
            {t(name)}
          </li>
        ))}
      </ol>
      <Heading level={2} data-size="sm" id="wizard-step" ref={heading} tabIndex={-1}>
        {t('reorganise.stepOf', { step, name: t(stepNames[step - 1] ?? 'reorganise.step1') })}
      </Heading>
      <LiveStatus message={status} />

      {step === 1 && (
        <DetailsStep details={details} onChange={setDetails} onNext={() => setStep(2)} />
      )}

      {step === 2 && (
        <>
          {tree.isError && <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />}
          {tree.isPending ? (
            <Loading />
          ) : (
            <div className="two-columns">
              <Section title={t('reorganise.addTitle')} level={3}>
                <ChangeForm
                  units={units}
                  changes={changes}
                  date={messages.longDate(date)}
                  onAdd={onAdd}
                />
              </Section>
              <Section title={t('reorganise.changesTitle')} level={3}>
                <IssueSummary
                  items={
                    noChanges
                      ? [{ key: 'none', text: t('issues.org_no_changes'), href: '#change-type' }]
                      : []
                  }
                />
                <ChangeList changes={changes} units={units} onRemove={onRemove} />
              </Section>
            </div>
          )}
          <div className="button-row">
            <Button variant="secondary" onClick={() => setStep(1)}>
              {t('reorganise.backToDetails')}
            </Button>
            <Button onClick={onPreview} disabled={!tree.data}>
              {t('reorganise.preview')}
            </Button>
          </div>
        </>
      )}

      {step === 3 && (
        <>
          {preview.isPending && <Loading />}
          {conflict && (
            <Alert data-color="warning" role="alert" className="alert">
              <Paragraph>{t('reorganise.conflict')}</Paragraph>
              <Button variant="secondary" data-size="sm" onClick={() => void onReload()}>
                {t('reorganise.reloadOrg')}
              </Button>
            </Alert>
          )}
          {failure && !conflict && !invalid && <ErrorAlert error={failure} />}
          {invalid && (
            <>
              <IssueSummary items={summary} heading={t('reorganise.previewIssues')} />
              <ChangeList
                changes={changes}
                units={units}
                issues={grouped?.byChange}
                onRemove={onRemove}
              />
            </>
          )}
          {preview.isSuccess && !failure && <PreviewSummary preview={preview.data} />}
          <div className="button-row">
            <Button variant="secondary" onClick={() => setStep(2)}>
              {t('reorganise.backToChanges')}
            </Button>
            {preview.isSuccess && !conflict && (
              <Button onClick={onCommit} loading={commit.isPending} disabled={commit.isPending}>
                {t('reorganise.commit')}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
