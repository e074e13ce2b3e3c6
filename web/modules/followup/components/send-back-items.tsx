import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentTargetKind, ItemCommentInput } from '#contracts/followup.ts';
import { SelectField, TextAreaField } from '#web/ui/fields.tsx';
import { useFollowupText } from '../followup.messages.ts';
import { useReportData } from './report-context.tsx';

type Target = { kind: CommentTargetKind; id: string; name: string };

/** The report's goals, indicators and activities by name: what a comment can be attached to. */
export function useCommentTargets(): Target[] {
  const { report } = useReportData();
  const text = useFollowupText();
  return [
    ...report.goals.map((g) => ({
      kind: 'goal' as const,
      id: g.goal.id,
      name: text.shortName(g.goal),
    })),
    ...report.indicators.map((i) => ({
      kind: 'indicator' as const,
      id: i.indicator.id,
      name: i.indicator.name,
    })),
    ...report.activities.map((a) => ({
      kind: 'activity' as const,
      id: a.activity.id,
      name: a.activity.title,
    })),
  ];
}

/**
 * Comments at single goals, indicators or activities, added to a send-back besides the overall
 * comment: pick the item, write, add; each added one can be taken away again.
 */
export function SendBackItems({
  items,
  onChange,
}: {
  items: readonly ItemCommentInput[];
  onChange: (items: ItemCommentInput[]) => void;
}) {
  const { t } = useTranslation();
  const targets = useCommentTargets();
  const [target, setTarget] = useState('');
  const [text, setText] = useState('');
  const nameOf = (kind: CommentTargetKind, id: string) =>
    targets.find((x) => x.kind === kind && x.id === id)?.name ?? '';
  const add = () => {
    const [kind, id] = target.split(':') as [CommentTargetKind, string];
    if (!id || text.trim() === '') return;
    onChange([...items, { kind, id, text: text.trim() }]);
    setText('');
  };
  return (
    <fieldset className="send-back-items">
      <legend>{t('followup.trust.itemComments')}</legend>
      <Paragraph data-size="sm">{t('followup.trust.itemCommentsHint')}</Paragraph>
      {items.length > 0 && (
        <ul className="send-back-items__list">
          {items.map((item, index) => (
            <li key={`${item.kind}:${item.id}:${index}`}>
              <strong>
                {t(`followup.trust.kinds.${item.kind}`)}: {nameOf(item.kind, item.id)}
              </strong>{' '}
              – {item.text}{' '}
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                {t('followup.trust.removeItemComment')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SelectField
        id="send-back-target"
        label={t('followup.trust.itemTarget')}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
      >
        <option value="">{t('followup.trust.pickItem')}</option>
        {targets.map((x) => (
          <option key={`${x.kind}:${x.id}`} value={`${x.kind}:${x.id}`}>
            {t(`followup.trust.kinds.${x.kind}`)}: {x.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="send-back-item-text"
        label={t('followup.trust.itemText')}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Button type="button" variant="secondary" onClick={add}>
        {t('followup.trust.addItemComment')}
      </Button>
    </fieldset>
  );
}
