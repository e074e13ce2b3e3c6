import { useTranslation } from 'react-i18next';
import type { StatementKind, StatementRef } from '#contracts/decisions.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { membersText } from './decisions.form.ts';

/** The module's words for its errors (the app's for the rest) and a reference in words. */
export function useDecisionsText() {
  const { t, i18n } = useTranslation();
  const messages = useMessages();
  const error = (err: unknown): string => {
    if (!isApiError(err)) return messages.error(err);
    const key = `decisions.errors.${err.code.replaceAll('.', '_')}`;
    return i18n.exists(key) ? messages.dynamic(key) : messages.error(err);
  };
  const kind = (k: StatementKind) => t(`decisions.kinds.${k}`);
  /** "Särskilt uttalande av Anna König Jerlmyr (M), … i Borgarrådsberedningen" */
  const reference = (ref: Omit<StatementRef, 'id'>) =>
    [
      t('decisions.statements.referenceOption', {
        kind: kind(ref.kind),
        members: membersText(ref.members),
      }),
      ref.forum ? t('decisions.statements.inForum', { forum: ref.forum }) : '',
      ref.caseTitle ? t('decisions.statements.inCase', { title: ref.caseTitle }) : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
  return { error, kind, reference };
}
