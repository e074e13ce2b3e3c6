import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InternalControlView, Risk } from '#contracts/internal-control.ts';
import type { Write } from '../internal-control.api.ts';
import { ControlForm } from './control-form.tsx';
import { FollowUpForm } from './follow-up-form.tsx';
import { RiskForm } from './risk-form.tsx';

/** One risk: its assessment, whether it is in the plan and why, its controls and follow-ups. */
export function RiskItem({
  risk,
  view,
  onWrite,
}: {
  risk: Risk;
  view: InternalControlView;
  onWrite: (write: Write) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const planEditable = view.may.edit && view.adoption === null;
  const periodName = (key: string) => view.periods.find((p) => p.key === key)?.name ?? key;
  return (
    <li className="ic-risk">
      <Heading level={3} data-size="xs">
        {risk.process}
      </Heading>
      {risk.description && <Paragraph>{risk.description}</Paragraph>}
      <Paragraph>
        {risk.value === null || risk.band === null
          ? t('internalControl.risks.notAssessed')
          : t('internalControl.risks.value', {
              value: risk.value,
              band: t(`internalControl.band.${risk.band}`),
            })}
        {' · '}
        {risk.inPlan ? t('internalControl.risks.inPlan') : t('internalControl.risks.notInPlan')}
      </Paragraph>
      {risk.motivation && (
        <Paragraph>{t('internalControl.risks.motivation', { text: risk.motivation })}</Paragraph>
      )}
      {risk.carried.length > 0 && (
        <div className="ic-carried">
          <Heading level={4} data-size="2xs">
            {t('internalControl.risks.carried', { year: risk.carried[0]!.fromYear })}
          </Heading>
          <ul>
            {risk.carried.map((m, i) => (
              <li key={i}>
                {t('internalControl.risks.carriedItem', {
                  control: m.control,
                  period: m.periodKey,
                  measures: m.measures,
                })}
                {m.deviations &&
                  ` ${t('internalControl.risks.carriedDeviations', { text: m.deviations })}`}
                {(m.responsible || m.date) &&
                  ` ${t('internalControl.risks.carriedWho', {
                    responsible: m.responsible ?? '–',
                    date: m.date ?? '–',
                  })}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {planEditable &&
        (editing ? (
          <RiskForm
            risk={risk}
            idPrefix={`ic-risk-${risk.id}`}
            onWrite={onWrite}
            onDone={() => setEditing(false)}
          />
        ) : (
          <div className="ic-buttons">
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('internalControl.risks.edit')}
              <span className="ds-sr-only">: {risk.process}</span>
            </Button>
            <Button
              variant="tertiary"
              onClick={() =>
                void onWrite({
                  method: 'DELETE',
                  path: `/risks/${risk.id}?version=${risk.version}`,
                }).catch(() => {})
              }
            >
              {t('internalControl.risks.remove')}
              <span className="ds-sr-only">: {risk.process}</span>
            </Button>
          </div>
        ))}
      {risk.inPlan && (
        <div className="ic-controls">
          <Heading level={4} data-size="2xs">
            {t('internalControl.controls.title')}
          </Heading>
          {risk.controls.length === 0 && (
            <Paragraph>{t('internalControl.controls.none')}</Paragraph>
          )}
          <ul>
            {risk.controls.map((c) => (
              <li key={c.id} className="ic-control">
                <dl className="ic-facts">
                  <div className="ic-fact">
                    <dt>{t('internalControl.controls.what')}</dt>
                    <dd>{c.what}</dd>
                  </div>
                  {(
                    [
                      ['method', c.method],
                      ['scope', c.scope],
                      ['responsible', c.responsible],
                      ['timing', c.timing],
                      ['reportPeriod', c.reportPeriod && periodName(c.reportPeriod)],
                    ] as const
                  ).map(([key, value]) =>
                    value ? (
                      <div key={key} className="ic-fact">
                        <dt>{t(`internalControl.controls.${key}`)}</dt>
                        <dd>{value}</dd>
                      </div>
                    ) : null,
                  )}
                </dl>
                {c.followUps.map((f) => (
                  <Paragraph key={f.periodKey}>
                    {t('internalControl.followUp.summary', {
                      period: periodName(f.periodKey),
                      performed: f.performed
                        ? t('internalControl.followUp.performedYes')
                        : t('internalControl.followUp.performedNo'),
                    })}
                    {f.deviations &&
                      `. ${t('internalControl.followUp.deviationsShown', { text: f.deviations })}`}
                    {f.measures &&
                      `. ${t('internalControl.followUp.measuresShown', { text: f.measures })}`}
                  </Paragraph>
                ))}
                {planEditable && (
                  <Button
                    variant="tertiary"
                    onClick={() =>
                      void onWrite({
                        method: 'DELETE',
                        path: `/controls/${c.id}?version=${c.version}`,
                      }).catch(() => {})
                    }
                  >
                    {t('internalControl.controls.remove')}
                    <span className="ds-sr-only">: {c.what}</span>
                  </Button>
                )}
                {view.may.edit && (
                  <FollowUpForm control={c} periods={view.periods} onWrite={onWrite} />
                )}
              </li>
            ))}
          </ul>
          {planEditable && <ControlForm risk={risk} periods={view.periods} onWrite={onWrite} />}
        </div>
      )}
    </li>
  );
}
