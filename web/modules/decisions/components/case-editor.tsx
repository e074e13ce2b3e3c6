import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionCase } from '#contracts/decisions.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { DateField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import { Section } from '#web/ui/page.tsx';
import { useSaveCase, type Place } from '../decisions.api.ts';
import {
  caseBody,
  caseValues,
  moveItem,
  removeItem,
  replaceItem,
  type CaseValues,
} from '../decisions.form.ts';
import { useCaseWrite } from '../use-case-write.ts';
import { WriteProblems } from './write-problems.tsx';

/** The officials' report as a writer of the unit edits it: one save for the whole case. */
export function CaseEditor({
  c,
  place,
  announce,
}: {
  c: DecisionCase;
  place: Place;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const save = useSaveCase(place);
  const write = useCaseWrite(place);
  const [values, setValues] = useState<CaseValues>(() => caseValues(c));
  const [dirty, setDirty] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId, values]);

  const set = (patch: Partial<CaseValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setDirty(true);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await write.run(() => save.mutateAsync(caseBody(values, c.version)));
    if (saved)
      announce(t('decisions.case.saved', { time: messages.dateTime(new Date().toISOString()) }));
  };
  const move = (from: number, to: number) => {
    set({ proposals: moveItem(values.proposals, from, to) });
    setFocusId(`proposal-${to}`);
    announce(t('decisions.proposals.moved', { number: to + 1 }));
  };
  const { proposals, preparation } = values;

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="case-heading">
      <Heading level={2} data-size="sm" id="case-heading">
        {t('decisions.case.title')}
      </Heading>
      <Paragraph data-size="sm">
        {c.stored
          ? t('decisions.storedBy', {
              name: c.updatedByName ?? '',
              time: c.updatedAt ? messages.dateTime(c.updatedAt) : '',
              version: c.version,
            })
          : t('decisions.notStored')}
      </Paragraph>
      <TextField
        id="case-title"
        label={t('decisions.case.caseTitle')}
        value={values.title}
        error={write.fieldError('title')}
        onChange={(e) => set({ title: e.target.value })}
      />
      <TextField
        id="case-dnr"
        label={t('decisions.case.diarienummer')}
        value={values.diarienummer}
        error={write.fieldError('diarienummer')}
        onChange={(e) => set({ diarienummer: e.target.value })}
      />
      <DateField
        id="case-date"
        label={t('decisions.case.reportDate')}
        value={values.reportDate}
        error={write.fieldError('reportDate')}
        onChange={(e) => set({ reportDate: e.target.value })}
      />
      <TextField
        id="case-rapporteur-title"
        label={t('decisions.case.rapporteurTitle')}
        value={values.rapporteur.title}
        error={write.fieldError('rapporteur.title')}
        onChange={(e) => set({ rapporteur: { ...values.rapporteur, title: e.target.value } })}
      />
      <TextField
        id="case-rapporteur-name"
        label={t('decisions.case.rapporteurName')}
        value={values.rapporteur.name}
        error={write.fieldError('rapporteur.name')}
        onChange={(e) => set({ rapporteur: { ...values.rapporteur, name: e.target.value } })}
      />

      <Section title={t('decisions.proposals.title')} level={3}>
        <TextField
          id="case-intro"
          label={t('decisions.case.proposalIntro')}
          description={t('decisions.case.proposalIntroHelp')}
          value={values.proposalIntro}
          error={write.fieldError('proposalIntro')}
          onChange={(e) => set({ proposalIntro: e.target.value })}
        />
        {proposals.length === 0 && <Paragraph>{t('decisions.proposals.none')}</Paragraph>}
        <ol className="plain-list">
          {proposals.map((proposal, index) => (
            <li key={index} className="proposal-row">
              <TextAreaField
                id={`proposal-${index}`}
                label={t('decisions.proposals.label', { number: index + 1 })}
                rows={3}
                value={proposal}
                error={write.fieldError(`proposals.${index}`)}
                onChange={(e) => set({ proposals: replaceItem(proposals, index, e.target.value) })}
              />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                {t('decisions.proposals.up', { number: index + 1 })}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={index === proposals.length - 1}
                onClick={() => move(index, index + 1)}
              >
                {t('decisions.proposals.down', { number: index + 1 })}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  set({ proposals: removeItem(proposals, index) });
                  setFocusId('add-proposal');
                }}
              >
                {t('decisions.proposals.remove', { number: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        {write.ownError('proposals') && (
          <Paragraph data-color="danger">{write.ownError('proposals')}</Paragraph>
        )}
        <div className="button-row">
          <Button
            id="add-proposal"
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              set({ proposals: [...proposals, ''] });
              setFocusId(`proposal-${proposals.length}`);
            }}
          >
            {t('decisions.proposals.add')}
          </Button>
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => set({ proposals: [...c.defaultProposals] })}
          >
            {t('decisions.proposals.reset')}
          </Button>
        </div>
      </Section>

      <TextAreaField
        id="case-summary"
        label={t('decisions.case.summary')}
        rows={6}
        value={values.summary}
        error={write.fieldError('summary')}
        onChange={(e) => set({ summary: e.target.value })}
      />
      <TextAreaField
        id="case-background"
        label={t('decisions.case.background')}
        rows={4}
        value={values.background}
        error={write.fieldError('background')}
        onChange={(e) => set({ background: e.target.value })}
      />

      <Section title={t('decisions.preparation.title')} level={3}>
        {preparation.length === 0 && <Paragraph>{t('decisions.preparation.none')}</Paragraph>}
        {preparation.map((step, index) => (
          <div key={index} className="preparation-row">
            <DateField
              id={`preparation-${index}-date`}
              label={t('decisions.preparation.date', { number: index + 1 })}
              value={step.date}
              error={write.fieldError(`preparation.${index}.date`)}
              onChange={(e) =>
                set({
                  preparation: replaceItem(preparation, index, { ...step, date: e.target.value }),
                })
              }
            />
            <TextField
              id={`preparation-${index}-text`}
              label={t('decisions.preparation.text', { number: index + 1 })}
              value={step.text}
              error={write.fieldError(`preparation.${index}.text`)}
              onChange={(e) =>
                set({
                  preparation: replaceItem(preparation, index, { ...step, text: e.target.value }),
                })
              }
            />
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() => {
                set({ preparation: removeItem(preparation, index) });
                setFocusId('add-preparation');
              }}
            >
              {t('decisions.preparation.remove', { number: index + 1 })}
            </Button>
          </div>
        ))}
        <Button
          id="add-preparation"
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => {
            set({ preparation: [...preparation, { date: '', text: '' }] });
            setFocusId(`preparation-${preparation.length}-date`);
          }}
        >
          {t('decisions.preparation.add')}
        </Button>
      </Section>

      <WriteProblems write={write} />
      <div className="button-row">
        <Button type="submit" loading={save.isPending}>
          {t('decisions.case.save')}
        </Button>
        {dirty && <span className="save-status muted">{t('decisions.case.unsaved')}</span>}
      </div>
    </form>
  );
}

/** The officials' report read-only: for readers, and once the decision is recorded. */
export function CaseSummary({ c }: { c: DecisionCase }) {
  const { t } = useTranslation();
  const rapporteur = [c.rapporteur.title, c.rapporteur.name].filter((p) => p !== '').join(' ');
  return (
    <section className="section" aria-labelledby="case-heading">
      <Heading level={2} data-size="sm" id="case-heading">
        {t('decisions.case.title')}
      </Heading>
      <Paragraph data-size="sm">
        {c.decision ? t('decisions.decidedLocked') : t('decisions.readOnly')}
      </Paragraph>
      <Heading level={3} data-size="xs">
        {c.title}
      </Heading>
      <Paragraph>
        {t('decisions.case.diarienummer')}: {c.diarienummer || t('decisions.missing')}
      </Paragraph>
      <Paragraph>
        {t('decisions.rapporteur')}: {rapporteur || t('decisions.missing')}
      </Paragraph>
      <Heading level={3} data-size="xs">
        {t('decisions.proposals.title')}
      </Heading>
      {c.proposalIntro && <Paragraph>{c.proposalIntro}</Paragraph>}
      <ol>
        {c.proposals.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ol>
      <Heading level={3} data-size="xs">
        {t('decisions.preparation.title')}
      </Heading>
      {c.preparation.length === 0 ? (
        <Paragraph>{t('decisions.preparation.none')}</Paragraph>
      ) : (
        <ul>
          {c.preparation.map((p, i) => (
            <li key={i}>
              {p.date}: {p.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
