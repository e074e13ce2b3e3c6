import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentValue } from '#contracts/assessment.ts';
import type { UnitReport } from '#contracts/followup.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { reportQuery, yearsQuery } from '../followup.api.ts';
import { periodShortName } from '../followup.format.ts';
import { useFollowupText } from '../followup.messages.ts';
import { copyIntoEmpty, hasTexts, previousPeriodIn, type GoalTexts } from '../followup.previous.ts';
import { useGoalName, useReportData, useReportSettings } from './report-context.tsx';

/** A goal's form as the whole report's copy fills it. */
type Target = { values: GoalTexts; set: (patch: Partial<GoalTexts>) => void };
type Targets = Map<string, () => Target>;

const TargetsContext = createContext<Targets | null>(null);

/** Lets the whole report's copy reach every goal's form. */
export function CopyTargetsProvider({ children }: { children: ReactNode }) {
  const [targets] = useState<Targets>(() => new Map());
  return <TargetsContext.Provider value={targets}>{children}</TargetsContext.Provider>;
}

/** Registers a goal's form for the whole report's copy. */
export function useCopyTarget(goalId: string, form: Target) {
  const targets = useContext(TargetsContext);
  const latest = useRef(form);
  useLayoutEffect(() => {
    latest.current = form;
  });
  useEffect(() => {
    targets?.set(goalId, () => latest.current);
    return () => void targets?.delete(goalId);
  }, [targets, goalId]);
}

/** The same unit's report of the period before in the same year, loaded once asked for. */
function usePreviousReport(enabled: boolean) {
  const { report } = useReportData();
  const years = useQuery(yearsQuery);
  const previous = previousPeriodIn(years.data?.flatMap((y) => y.periods) ?? [], report.period);
  const query = useQuery({
    ...reportQuery({ unitId: report.unit.id, periodId: previous?.id ?? '' }),
    enabled: enabled && previous !== null,
  });
  return { previous, query };
}

const textsOf = (report: UnitReport | undefined, goalId: string): GoalTexts | null => {
  const saved = report?.goals.find((g) => g.goal.id === goalId)?.assessment;
  return saved
    ? { value: saved.value, analysis: saved.analysis, justification: saved.justification }
    : null;
};

/** A dialog around a preview, opened by a small button; focus starts on its main button. */
function PreviewDialog(props: {
  id: string;
  trigger: string;
  triggerLabel?: string;
  title: string;
  open: boolean;
  setOpen: (open: boolean) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { id, open, setOpen } = props;
  return (
    <>
      <Button
        id={id}
        type="button"
        variant="tertiary"
        data-size="sm"
        aria-label={props.triggerLabel}
        onClick={() => setOpen(true)}
      >
        {props.trigger}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        closeButton={t('followup.dialog.close')}
        aria-labelledby={`${id}-title`}
        className="followup-dialog"
      >
        {open && (
          <>
            <Dialog.Block>
              <Heading level={2} data-size="xs" id={`${id}-title`}>
                {props.title}
              </Heading>
            </Dialog.Block>
            <Dialog.Block>{props.children}</Dialog.Block>
          </>
        )}
      </Dialog>
    </>
  );
}

function Choice({
  accept,
  onAccept,
  onCancel,
}: {
  accept: string;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => first.current?.focus());
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="button-row">
      <Button ref={first} type="button" onClick={onAccept}>
        {accept}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t('followup.copy.cancel')}
      </Button>
    </div>
  );
}

function TextsPreview({ texts, forecast }: { texts: Partial<GoalTexts>; forecast: boolean }) {
  const { t } = useTranslation();
  const text = useFollowupText();
  return (
    <dl className="copy-preview">
      {texts.value && (
        <>
          <dt>{t('followup.assessment.legend')}</dt>
          <dd>{text.assessment(texts.value as AssessmentValue, forecast)}</dd>
        </>
      )}
      {texts.analysis?.trim() && (
        <>
          <dt>{t('followup.assessment.analysis')}</dt>
          <dd className="prewrap">{texts.analysis}</dd>
        </>
      )}
      {texts.justification?.trim() && (
        <>
          <dt>{t('followup.assessment.justification')}</dt>
          <dd className="prewrap">{texts.justification}</dd>
        </>
      )}
    </dl>
  );
}

/** "Hämta från föregående period" for one goal: its texts then, to accept into the form. */
export function CopyGoalButton({
  goalId,
  name,
  onAccept,
}: {
  goalId: string;
  name: string;
  onAccept: (texts: GoalTexts) => void;
}) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { announce } = useReportSettings();
  const [open, setOpen] = useState(false);
  const { previous, query } = usePreviousReport(open);
  if (!previous) return null;
  const period = periodShortName(previous);
  const texts = textsOf(query.data, goalId);
  const id = `copy-${goalId}`;
  const close = () => {
    setOpen(false);
    document.getElementById(id)?.focus();
  };
  return (
    <PreviewDialog
      id={id}
      trigger={t('followup.copy.goal')}
      triggerLabel={t('followup.copy.goalLabel', { goal: name })}
      title={t('followup.copy.goalTitle', { period, goal: name })}
      open={open}
      setOpen={setOpen}
    >
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} describe={text.error} />
      ) : hasTexts(texts) ? (
        <>
          <Paragraph data-size="sm">{t('followup.copy.intro', { period })}</Paragraph>
          <TextsPreview texts={texts} forecast={previous.kind !== 'annual'} />
          <Choice
            accept={t('followup.copy.accept')}
            onAccept={() => {
              onAccept(texts);
              setOpen(false);
              announce(t('followup.copy.copied', { period }));
              // After the dialog has given focus back to its button: the text, to go on writing.
              setTimeout(() => document.getElementById(`analysis-${goalId}`)?.focus());
            }}
            onCancel={close}
          />
        </>
      ) : (
        <Paragraph>{t('followup.copy.nothing', { period })}</Paragraph>
      )}
    </PreviewDialog>
  );
}

/** The whole report's copy: every goal's texts then, into the fields still empty. */
export function CopyReportButton() {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { announce } = useReportSettings();
  const { report } = useReportData();
  const goalName = useGoalName();
  const targets = useContext(TargetsContext);
  const [open, setOpen] = useState(false);
  const { previous, query } = usePreviousReport(open);
  if (!previous || !targets) return null;
  const period = periodShortName(previous);
  const id = 'copy-report';
  const planned = open
    ? report.goals.flatMap((goal) => {
        const target = targets.get(goal.goal.id)?.();
        const texts = textsOf(query.data, goal.goal.id);
        const patch = target && texts ? copyIntoEmpty(target.values, texts) : null;
        return target && patch ? [{ goal, target, patch }] : [];
      })
    : [];
  const apply = () => {
    for (const { target, patch } of planned) target.set(patch);
    setOpen(false);
    announce(t('followup.copy.copiedAll', { period, count: planned.length }));
    document.getElementById(id)?.focus();
  };
  return (
    <PreviewDialog
      id={id}
      trigger={t('followup.copy.report')}
      title={t('followup.copy.reportTitle', { period })}
      open={open}
      setOpen={setOpen}
    >
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} describe={text.error} />
      ) : planned.length === 0 ? (
        <Paragraph>{t('followup.copy.reportNone', { period })}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('followup.copy.reportIntro')}</Paragraph>
          <Choice
            accept={t('followup.copy.acceptAll', { count: planned.length })}
            onAccept={apply}
            onCancel={() => setOpen(false)}
          />
          {planned.map(({ goal, patch }) => (
            <section key={goal.goal.id} className="copy-goal">
              <Heading level={3} data-size="2xs">
                {goalName(goal.goal.id, goal.goal.title)}
              </Heading>
              <TextsPreview texts={patch} forecast={previous.kind !== 'annual'} />
            </section>
          ))}
        </>
      )}
    </PreviewDialog>
  );
}
