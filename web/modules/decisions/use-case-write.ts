import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldIssue } from '#contracts/common.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { issueFor } from '#web/lib/issues.ts';
import { decisionsKeys, type Place } from './decisions.api.ts';

/**
 * What a form of the case does with a write's answer: field issues shown at their fields, a
 * conflict (someone else saved first; nothing was written) offered a reload, other errors shown.
 */
export function useCaseWrite(place: Place) {
  const queryClient = useQueryClient();
  const messages = useMessages();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);

  async function run(write: () => Promise<unknown>): Promise<boolean> {
    setIssues([]);
    setError(null);
    setConflict(false);
    try {
      await write();
      return true;
    } catch (caught) {
      if (isApiError(caught) && caught.issues.length > 0) setIssues(caught.issues);
      else if (isApiError(caught) && caught.code === 'decisions.conflict') setConflict(true);
      setError(caught);
      return false;
    }
  }
  const fieldError = (path: string) => {
    const issue = issueFor(issues, path);
    return issue ? messages.issue(issue) : undefined;
  };
  /** an issue of the field itself, not of a part of it (`outcomes`, not `outcomes.2.text`) */
  const ownError = (path: string) => {
    const issue = issues.find((i) => i.path === path);
    return issue ? messages.issue(issue) : undefined;
  };
  const reload = () => queryClient.invalidateQueries({ queryKey: decisionsKeys.case(place) });
  return { run, issues, error, conflict, fieldError, ownError, reload };
}
