import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  statementKinds,
  type DecisionCase,
  type Statement,
  type StatementInput,
  type StatementMember,
} from '#contracts/decisions.ts';
import { ChoiceField, SelectField, TextAreaField, TextField } from '#web/ui/fields.tsx';
import { useRemoveStatement, useSaveStatement, type Place } from '../decisions.api.ts';
import { membersText, removeItem, replaceItem } from '../decisions.form.ts';
import { useDecisionsText } from '../decisions.messages.ts';
import { useCaseWrite } from '../use-case-write.ts';
import { WriteProblems } from './write-problems.tsx';

type Props = { c: DecisionCase; place: Place; announce: (message: string) => void };

/** The statements made on the case, and (for the clerk) adding, changing and removing them. */
export function StatementsPart({ c, place, announce }: Props) {
  const { t } = useTranslation();
  const text = useDecisionsText();
  const remove = useRemoveStatement(place);
  const write = useCaseWrite(place);
  const [editing, setEditing] = useState<Statement | 'new' | null>(null);
  // back where the clerk started when the form closes: the button that opens it, once it is
  // on the page again (after React has committed, not on a guessed animation frame)
  const returnFocus = useRef(false);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing !== null || !returnFocus.current) return;
    returnFocus.current = false;
    addButton.current?.focus();
  }, [editing]);
  const label = (s: Statement) => ({ kind: text.kind(s.kind), members: membersText(s.members) });

  return (
    <>
      <Heading level={3} data-size="xs">
        {t('decisions.statements.title')}
      </Heading>
      {c.statements.length === 0 && <Paragraph>{t('decisions.statements.none')}</Paragraph>}
      {c.statements.map((s) => (
        <article
          key={s.id}
          className="statement"
          aria-label={t('decisions.statements.referenceOption', label(s))}
        >
          <Heading level={4} data-size="2xs">
            {text.kind(s.kind)}
            {s.forum ? `, ${s.forum}` : ''}
          </Heading>
          <Paragraph>{membersText(s.members)}</Paragraph>
          {s.refersTo && (
            <Paragraph>
              {t('decisions.statements.referenceText', { reference: text.reference(s.refersTo) })}
            </Paragraph>
          )}
          {s.text && <Paragraph className="statement-text">{s.text}</Paragraph>}
          {c.may.record && (
            <div className="button-row">
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={t('decisions.statements.editLabel', label(s))}
                onClick={() => setEditing(s)}
              >
                {t('decisions.statements.edit')}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={t('decisions.statements.removeLabel', label(s))}
                onClick={() =>
                  void write
                    .run(() => remove.mutateAsync({ id: s.id, version: s.version }))
                    .then((done) => done && announce(t('decisions.statements.removed')))
                }
              >
                {t('decisions.statements.remove')}
              </Button>
            </div>
          )}
        </article>
      ))}
      <WriteProblems write={write} />
      {c.may.record &&
        (editing === null ? (
          <Button
            ref={addButton}
            id="add-statement"
            type="button"
            variant="secondary"
            onClick={() => setEditing('new')}
          >
            {t('decisions.statements.add')}
          </Button>
        ) : (
          <StatementForm
            key={editing === 'new' ? 'new' : `${editing.id}/${editing.version}`}
            c={c}
            place={place}
            statement={editing === 'new' ? null : editing}
            onDone={(message) => {
              returnFocus.current = true;
              setEditing(null);
              if (message) announce(message);
            }}
          />
        ))}
    </>
  );
}

const emptyMember: StatementMember = { name: '', party: '' };

function StatementForm({
  c,
  place,
  statement,
  onDone,
}: {
  c: DecisionCase;
  place: Place;
  statement: Statement | null;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const text = useDecisionsText();
  const save = useSaveStatement(place);
  const write = useCaseWrite(place);
  const [kind, setKind] = useState<StatementInput['kind']>(statement?.kind ?? 'special_statement');
  const [forum, setForum] = useState(statement?.forum ?? '');
  const [members, setMembers] = useState<StatementMember[]>(
    statement?.members.map((m) => ({ ...m })) ?? [{ ...emptyMember }],
  );
  const [body, setBody] = useState(statement?.text ?? '');
  const [refersTo, setRefersTo] = useState(statement?.refersTo?.id ?? '');
  const referable = c.referable.filter((r) => r.id !== statement?.id);
  // The form opens with focus in its first field.
  useEffect(() => document.getElementById('statement-kind')?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input: StatementInput = {
      kind,
      forum,
      members,
      text: body,
      refersTo: refersTo === '' ? null : refersTo,
      version: statement?.version ?? 0,
    };
    const saved = await write.run(() => save.mutateAsync({ id: statement?.id ?? null, input }));
    if (saved) onDone(t('decisions.statements.saved'));
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="statement-heading">
      <Heading level={4} data-size="2xs" id="statement-heading">
        {statement ? t('decisions.statements.editTitle') : t('decisions.statements.newTitle')}
      </Heading>
      <ChoiceField
        id="statement-kind"
        label={t('decisions.statements.kind')}
        choices={statementKinds}
        choiceLabel={text.kind}
        value={kind}
        onChange={(k) => k && setKind(k)}
      />
      <TextField
        id="statement-forum"
        label={t('decisions.statements.forum')}
        description={t('decisions.statements.forumHelp')}
        value={forum}
        error={write.fieldError('forum')}
        onChange={(e) => setForum(e.target.value)}
      />
      <fieldset>
        <legend>{t('decisions.statements.members')}</legend>
        {members.map((member, i) => (
          <div key={i} className="member-row">
            <TextField
              id={`member-${i}-name`}
              label={t('decisions.statements.memberName', { number: i + 1 })}
              value={member.name}
              error={write.fieldError(`members.${i}.name`)}
              onChange={(e) =>
                setMembers(replaceItem(members, i, { ...member, name: e.target.value }))
              }
            />
            <TextField
              id={`member-${i}-party`}
              label={t('decisions.statements.memberParty', { number: i + 1 })}
              value={member.party}
              error={write.fieldError(`members.${i}.party`)}
              onChange={(e) =>
                setMembers(replaceItem(members, i, { ...member, party: e.target.value }))
              }
            />
            {members.length > 1 && (
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => setMembers(removeItem(members, i))}
              >
                {t('decisions.statements.removeMember', { number: i + 1 })}
              </Button>
            )}
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => setMembers([...members, { ...emptyMember }])}
        >
          {t('decisions.statements.addMember')}
        </Button>
      </fieldset>
      <SelectField
        id="statement-refers"
        label={t('decisions.statements.refersTo')}
        value={refersTo}
        error={write.fieldError('refersTo')}
        onChange={(e) => setRefersTo(e.target.value)}
      >
        <option value="">{t('decisions.statements.refersNone')}</option>
        {referable.map((r) => (
          <option key={r.id} value={r.id}>
            {text.reference(r)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="statement-text"
        label={t('decisions.statements.text')}
        rows={6}
        value={body}
        error={write.fieldError('text')}
        onChange={(e) => setBody(e.target.value)}
      />
      <WriteProblems write={write} />
      <div className="button-row">
        <Button type="submit" loading={save.isPending}>
          {t('decisions.statements.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => onDone(null)}>
          {t('decisions.statements.cancel')}
        </Button>
      </div>
    </form>
  );
}
