import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stepInputs } from '../followup.workflow.ts';
import { anchors, jumpTo, useReportData } from './report-context.tsx';
import { StatusTag } from './report-status.tsx';
import { useMissingSteps } from './use-missing-steps.ts';
import { stepFormId, useWorkflow } from './workflow-context.tsx';

/** A link that moves focus to a part of the page (the router keeps the URL). */
const jump = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  if (jumpTo(id)) event.preventDefault();
};

/**
 * The skip links at the top of the report's page, shown when they have focus: straight to the
 * bar with the submit buttons, and to the table of contents, past the pickers and the goals.
 */
export function SubmitSkipLink() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink href={`#${anchors.bar}`} onClick={jump(anchors.bar)}>
        {t('followup.bar.skip')}
      </SkipLink>
      <SkipLink href={`#${anchors.contents}`} onClick={jump(anchors.contents)}>
        {t('followup.bar.skipContents')}
      </SkipLink>
    </>
  );
}

/**
 * The page's scroll padding while the bar is shown, from the bar's height: what gets focus or a
 * jump is not hidden under the save line at the top or the bar at the foot (WCAG 2.4.11), and
 * the foot of the page (the history, the footer) can be scrolled out from under the bar.
 */
function useBarPadding() {
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const apply = () => {
      const height = element.offsetHeight;
      root.style.setProperty('--report-bar-height', `${height}px`);
      root.style.scrollPaddingTop = '3rem';
      root.style.scrollPaddingBottom = `calc(${height}px + 0.5rem)`;
      document.body.style.paddingBottom = `${height}px`;
    };
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    apply();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--report-bar-height');
      root.style.scrollPaddingTop = '';
      root.style.scrollPaddingBottom = '';
      document.body.style.paddingBottom = '';
    };
  }, []);
  return bar;
}

/**
 * The bar at the foot of the window while the report is scrolled: the workflow's buttons (mark
 * ready; approve, send back …), the report's state, and "next missing" and "previous" through
 * what the report still lacks. A step that needs words opens its form in the status section.
 */
export function ReportBar() {
  const { t } = useTranslation();
  const { report } = useReportData();
  const workflow = useWorkflow();
  const missing = useMissingSteps();
  const bar = useBarPadding();
  return (
    <section
      ref={bar}
      id={anchors.bar}
      tabIndex={-1}
      className="report-bar"
      aria-label={t('followup.bar.label')}
    >
      {workflow.steps.length > 0 && (
        <div className="report-bar__steps">
          {workflow.steps.map((step) => (
            <Button
              key={step}
              type="button"
              data-size="sm"
              variant={step === 'send_back' || step === 'reopen' ? 'secondary' : 'primary'}
              aria-expanded={stepInputs[step].length > 0 ? workflow.open === step : undefined}
              aria-controls={
                stepInputs[step].length > 0 && workflow.open === step ? stepFormId : undefined
              }
              loading={
                workflow.mutation.isPending && workflow.mutation.variables?.transition === step
              }
              onClick={() => workflow.choose(step)}
            >
              {t(`followup.workflow.steps.${step}`)}
            </Button>
          ))}
        </div>
      )}
      <a
        href={`#${anchors.status}`}
        onClick={jump(anchors.status)}
        className="ds-link report-bar__status"
      >
        <span className="report-bar__narrow-hidden">{t('followup.status.state')}: </span>
        <StatusTag status={report.state.status} />
      </a>
      <div className="report-bar__missing">
        <span>
          {missing.count === 0
            ? t('followup.next.none')
            : t('followup.next.count', { count: missing.count })}
        </span>
        {missing.count > 0 && (
          <>
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              aria-label={t('followup.next.previousLabel')}
              onClick={() => missing.go('previous')}
            >
              <span aria-hidden="true">↑</span>{' '}
              <span className="report-bar__narrow-hidden">{t('followup.next.previous')}</span>
            </Button>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => missing.go('next')}
            >
              {t('followup.next.next')} <span aria-hidden="true">↓</span>
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
