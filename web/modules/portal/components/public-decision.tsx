import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PublicStatement } from '#contracts/decisions.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { publicCaseQuery } from '#web/modules/decisions/decisions.api.ts';
import { membersText } from '#web/modules/decisions/decisions.form.ts';
import { useDecisionsText } from '#web/modules/decisions/decisions.messages.ts';
import '#web/modules/decisions/decisions.css';
import { DataTable } from '#web/ui/data-table.tsx';

type Place = { scbCode: string; periodId: string; unitId: string };

/**
 * A published report's decision: the proposals, what was decided on each, and the statements
 * and reservations with their references. Text only (React escapes it); no case, nothing shown.
 */
export function PublicDecision({ place }: { place: Place }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const query = useQuery({ ...publicCaseQuery(place), retry: false });
  const c = query.data;
  if (!c) return null;
  const d = c.decision;
  const rapporteur = [c.rapporteur.title, c.rapporteur.name].filter((p) => p !== '').join(' ');
  return (
    <section className="section public-decision" aria-labelledby="public-decision-heading">
      <Heading level={2} data-size="sm" id="public-decision-heading">
        {t('decisions.public.title')}
      </Heading>
      <Paragraph>
        {c.title}
        {c.diarienummer ? ` (${t('decisions.case.diarienummer')} ${c.diarienummer})` : ''}
      </Paragraph>
      {rapporteur && (
        <Paragraph>{t('decisions.public.rapporteur', { name: rapporteur })}</Paragraph>
      )}
      <Heading level={3} data-size="xs">
        {t('decisions.public.proposals')}
      </Heading>
      {c.proposalIntro && <Paragraph>{c.proposalIntro}</Paragraph>}
      {d ? (
        <>
          <Paragraph>
            {t('decisions.minutes.decided', { body: d.body, date: messages.longDate(d.decidedOn) })}
          </Paragraph>
          <DataTable
            label={t('decisions.public.proposals')}
            caption="hidden"
            columns={[
              'Nr',
              t('decisions.minutes.proposalColumn'),
              t('decisions.minutes.decisionColumn'),
            ]}
          >
            <Table.Body>
              {c.proposals.map((proposal, i) => (
                <Table.Row key={i}>
                  <Table.Cell>{i + 1}</Table.Cell>
                  <Table.Cell>{proposal}</Table.Cell>
                  <Table.Cell>
                    {d.outcomes[i]
                      ? t(`decisions.outcomes.${d.outcomes[i].outcome}`)
                      : t('decisions.missing')}
                    {d.outcomes[i]?.text ? `: ${d.outcomes[i].text}` : ''}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </DataTable>
        </>
      ) : (
        <ol>
          {c.proposals.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ol>
      )}
      <Heading level={3} data-size="xs">
        {t('decisions.statements.title')}
      </Heading>
      {c.statements.length === 0 && <Paragraph>{t('decisions.public.none')}</Paragraph>}
      {c.statements.map((s, i) => (
        <PublicStatementView key={i} s={s} />
      ))}
    </section>
  );
}

function PublicStatementView({ s }: { s: PublicStatement }) {
  const { t } = useTranslation();
  const text = useDecisionsText();
  const ref = s.refersTo;
  return (
    <article className="statement">
      <Heading level={4} data-size="2xs">
        {text.kind(s.kind)}
        {s.forum ? `, ${s.forum}` : ''}
      </Heading>
      <Paragraph>{membersText(s.members)}</Paragraph>
      {ref &&
        ('withheld' in ref ? (
          <Paragraph>{t('decisions.statements.withheld')}</Paragraph>
        ) : (
          <Paragraph>
            {t('decisions.statements.referenceText', { reference: text.reference(ref) })}
          </Paragraph>
        ))}
      {s.text && <Paragraph className="statement-text">{s.text}</Paragraph>}
    </article>
  );
}
