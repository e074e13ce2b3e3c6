import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InternalControlView } from '#contracts/internal-control.ts';
import { formatLongDate } from '#web/lib/format.ts';
import { DateField, TextField } from '#web/ui/fields.tsx';
import { Section } from '#web/ui/page.tsx';
import type { Write } from '../internal-control.api.ts';

/** The committee's adoption of the plan: shown to all, recorded by an approver or controller. */
export function AdoptionSection({
  view,
  onWrite,
}: {
  view: InternalControlView;
  onWrite: (write: Write) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const { adoption } = view;
  const [draft, setDraft] = useState({ adoptedOn: '', adoptedBy: '', dnr: '' });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    await onWrite({ method: 'PUT', path: '/adoption', body: { ...draft, version: 0 } });
  };
  return (
    <Section title={t('internalControl.adoption.title')}>
      {adoption ? (
        <>
          <Paragraph>
            {t('internalControl.adoption.adopted', {
              date: formatLongDate(adoption.adoptedOn, i18n.language),
              by: adoption.adoptedBy,
            })}
            {adoption.dnr ? `. ${t('internalControl.adoption.dnr', { dnr: adoption.dnr })}` : ''}
          </Paragraph>
          <Paragraph>{t('internalControl.adoption.frozen')}</Paragraph>
          {view.may.adopt && (
            <Button
              variant="secondary"
              onClick={() =>
                void onWrite({
                  method: 'DELETE',
                  path: `/adoption?version=${adoption.version}`,
                }).catch(() => {})
              }
            >
              {t('internalControl.adoption.withdraw')}
            </Button>
          )}
        </>
      ) : (
        <>
          <Paragraph>{t('internalControl.adoption.notAdopted')}</Paragraph>
          {view.may.adopt && (
            <form className="ic-form" onSubmit={(e) => void submit(e).catch(() => {})}>
              <DateField
                id="ic-adopted-on"
                label={t('internalControl.adoption.adoptedOn')}
                value={draft.adoptedOn}
                onChange={(e) => setDraft({ ...draft, adoptedOn: e.target.value })}
                required
              />
              <TextField
                id="ic-adopted-by"
                label={t('internalControl.adoption.adoptedBy')}
                value={draft.adoptedBy}
                onChange={(e) => setDraft({ ...draft, adoptedBy: e.target.value })}
                required
              />
              <TextField
                id="ic-dnr"
                label={t('internalControl.adoption.dnrLabel')}
                value={draft.dnr}
                onChange={(e) => setDraft({ ...draft, dnr: e.target.value })}
              />
              <Button type="submit">{t('internalControl.adoption.adopt')}</Button>
            </form>
          )}
        </>
      )}
    </Section>
  );
}
