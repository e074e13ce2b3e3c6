import { Button, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import type { ReorganisationChangeInput, UnitAtDate } from '#contracts/org.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { describeChange, unitNamer } from '../org.changes.ts';

/** Describes changes in words, naming units from the tree and from the changes' openings. */
export function useDescribeChange(
  units: readonly UnitAtDate[],
  changes: readonly ReorganisationChangeInput[],
): (change: ReorganisationChangeInput) => string {
  const { t } = useTranslation();
  const messages = useMessages();
  return useMemo(() => {
    const nameOf = unitNamer(units, changes, t('reorganise.unknownUnit'));
    return (change) => {
      const { key, values } = describeChange(change, nameOf, messages.list, (kind) =>
        t(`kinds.${kind}`),
      );
      return messages.dynamic(`reorganise.describe.${key}`, values);
    };
  }, [units, changes, t, messages]);
}

export const changeItemId = (index: number) => `change-${index + 1}`;

type Props = {
  changes: readonly ReorganisationChangeInput[];
  units: readonly UnitAtDate[];
  /** issues per change index (from the server's preview) */
  issues?: ReadonlyMap<number, FieldIssue[]>;
  onRemove?: (index: number) => void;
};

/** The changes in order, each with its problems and (in the wizard) a remove button. */
export function ChangeList({ changes, units, issues, onRemove }: Props) {
  const { t } = useTranslation();
  const messages = useMessages();
  const describe = useDescribeChange(units, changes);
  if (changes.length === 0) return <Paragraph>{t('reorganise.changesEmpty')}</Paragraph>;
  return (
    <ol className="change-list">
      {changes.map((change, index) => {
        const problems = issues?.get(index) ?? [];
        return (
          <li
            key={`${index}-${change.type}`}
            id={changeItemId(index)}
            tabIndex={-1}
            className={problems.length > 0 ? 'change-list__item has-error' : 'change-list__item'}
          >
            <span className="change-list__text">{describe(change)}</span>
            {problems.map((problem) => (
              <ValidationMessage key={`${problem.path}-${problem.message}`}>
                {messages.issue(problem)}
              </ValidationMessage>
            ))}
            {onRemove && (
              <Button
                variant="tertiary"
                data-size="sm"
                aria-label={t('reorganise.removeChange', { n: index + 1 })}
                onClick={() => onRemove(index)}
              >
                {t('reorganise.remove')}
              </Button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
