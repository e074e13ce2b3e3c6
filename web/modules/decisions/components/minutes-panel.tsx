import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  proposalOutcomes,
  type DecisionCase,
  type ProposalDecision,
} from '#contracts/decisions.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { DataTable } from '#web/ui/data-table.tsx';
import { ChoiceField, DateField, TextField } from '#web/ui/fields.tsx';
import { useRecordDecision, type Place } from '../decisions.api.ts';
import { replaceItem } from '../decisions.form.ts';
import { useCaseWrite } from '../use-case-write.ts';
import { StatementsPart } from './statements-part.tsx';
import { WriteProblems } from './write-problems.tsx';

type Props = { c: DecisionCase; place: Place; announce: (message: string) => void };

/** The clerk's part (Protokoll): the decision per proposal, then the statements. */
export function MinutesPanel({ c, place, announce }: Props) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="minutes-heading">
      <Heading level={2} data-size="sm" id="minutes-heading">
        {t('decisions.minutes.title')}
      </Heading>
      <Paragraph>{t('decisions.minutes.intro')}</Paragraph>
      {!c.stored ? (
        <Paragraph>{t('decisions.minutes.notPrepared')}</Paragraph>
      ) : (
        <>
          {c.may.record ? (
            <DecisionForm
              key={`${c.unitId}/${c.periodId}/${c.decision?.version ?? 0}`}
              c={c}
              place={place}
              announce={announce}
            />
          ) : (
            <DecisionView c={c} />
          )}
          <StatementsPart c={c} place={place} announce={announce} />
        </>
      )}
    </section>
  );
}

/** The decision as recorded, proposal by proposal. */
export function DecisionView({ c }: { c: DecisionCase }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const d = c.decision;
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('decisions.minutes.decisionTitle')}
      </Heading>
      {!d ? (
        <Paragraph>{t('decisions.minutes.notDecided')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('decisions.minutes.decided', { body: d.body, date: messages.longDate(d.decidedOn) })}
          </Paragraph>
          <DataTable
            label={t('decisions.minutes.decisionTitle')}
            caption="hidden"
            columns={[
              'Nr',
              t('decisions.minutes.proposalColumn'),
              t('decisions.minutes.decisionColumn'),
            ]}
          >
            <Table.Body>
              {c.proposals.map((proposal, i) => {
                const outcome = d.outcomes[i];
                return (
                  <Table.Row key={i}>
                    <Table.Cell>{i + 1}</Table.Cell>
                    <Table.Cell>{proposal}</Table.Cell>
                    <Table.Cell>
                      {outcome
                        ? t(`decisions.outcomes.${outcome.outcome}`)
                        : t('decisions.missing')}
                      {outcome?.text ? `: ${outcome.text}` : ''}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </DataTable>
        </>
      )}
    </>
  );
}

function DecisionForm({ c, place, announce }: Props) {
  const { t } = useTranslation();
  const record = useRecordDecision(place);
  const write = useCaseWrite(place);
  const d = c.decision;
  const [decidedOn, setDecidedOn] = useState(d?.decidedOn ?? '');
  const [body, setBody] = useState(d?.body ?? c.unitName);
  const [outcomes, setOutcomes] = useState<ProposalDecision[]>(() =>
    c.proposals.map((_, i) => d?.outcomes[i] ?? { outcome: 'approved', text: '' }),
  );
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await write.run(() =>
      record.mutateAsync({ decidedOn, body, outcomes, version: d?.version ?? 0 }),
    );
    if (saved) announce(t('decisions.minutes.decisionSaved'));
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="decision-heading">
      <Heading level={3} data-size="xs" id="decision-heading">
        {t('decisions.minutes.decisionTitle')}
      </Heading>
      <DateField
        id="decision-date"
        label={t('decisions.minutes.decidedOn')}
        value={decidedOn}
        error={write.fieldError('decidedOn')}
        onChange={(e) => setDecidedOn(e.target.value)}
      />
      <TextField
        id="decision-body"
        label={t('decisions.minutes.body')}
        value={body}
        error={write.fieldError('body')}
        onChange={(e) => setBody(e.target.value)}
      />
      <ol>
        {c.proposals.map((proposal, i) => (
          <li key={i}>
            <Paragraph>{proposal}</Paragraph>
            <fieldset className="proposal-row">
              <legend className="ds-sr-only">
                {t('decisions.proposals.label', { number: i + 1 })}
              </legend>
              <ChoiceField
                id={`outcome-${i}`}
                label={t('decisions.minutes.outcome', { number: i + 1 })}
                choices={proposalOutcomes}
                choiceLabel={(o) => t(`decisions.outcomes.${o}`)}
                value={outcomes[i]?.outcome}
                error={write.fieldError(`outcomes.${i}.outcome`)}
                onChange={(o) =>
                  o && setOutcomes(replaceItem(outcomes, i, { ...outcomes[i]!, outcome: o }))
                }
              />
              <TextField
                id={`outcome-${i}-text`}
                label={t('decisions.minutes.outcomeText', { number: i + 1 })}
                value={outcomes[i]?.text ?? ''}
                error={write.fieldError(`outcomes.${i}.text`)}
                onChange={(e) =>
                  setOutcomes(replaceItem(outcomes, i, { ...outcomes[i]!, text: e.target.value }))
                }
              />
            </fieldset>
          </li>
        ))}
      </ol>
      {write.ownError('outcomes') && <Paragraph>{write.ownError('outcomes')}</Paragraph>}
      <WriteProblems write={write} />
      <Button type="submit" loading={record.isPending}>
        {t('decisions.minutes.saveDecision')}
      </Button>
    </form>
  );
}
