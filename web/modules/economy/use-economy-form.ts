import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { isEconomyConflict } from './economy.api.ts';
import { problemOfIssue, type FormProblem, type Prepared } from './economy.forms.ts';

/** A problem as shown: at the field its path names, and in the error summary. */
export type Shown = { path: string; text: string };

export type Loaded<D> = { draft: D; version: number };

type Options<D, Input, Saved> = {
  /** what the server has now (the page's economy), with its version */
  server: Loaded<D>;
  same: (a: D, b: D) => boolean;
  prepare: (draft: D, version: number) => Prepared<Input>;
  save: (input: Input) => Promise<Saved>;
  /** the saved answer as a draft and its version */
  loaded: (saved: Saved) => Loaded<D>;
  /** the stored version read again after a conflict */
  fresh: () => Promise<Loaded<D>>;
  /** the table's unit, named in the problems' texts */
  unitName: string;
};

/**
 * A form of the economy page, saved with the version it was loaded from (economy.conflict on
 * 409). As in the follow-up's forms: an untouched draft follows a reload, a touched one stays;
 * on a conflict both versions are kept until the user keeps theirs (saved over the stored
 * version) or takes the saved one. What is typed is never thrown away by a failed save.
 */
export function useEconomyForm<D, Input, Saved>(options: Options<D, Input, Saved>) {
  const { server, same, prepare, save, loaded, fresh, unitName } = options;
  const { t } = useTranslation();
  const messages = useMessages();
  const [base, setBase] = useState<Loaded<D>>(server);
  const [draft, setDraft] = useState<D>(server.draft);
  const [conflict, setConflict] = useState<Loaded<D> | null>(null);
  const [shown, setShown] = useState<Shown[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = !same(draft, base.draft);

  // A reload brought another version: follow it unless the user is editing or choosing.
  if (conflict === null && server.version !== base.version && !dirty) {
    setBase(server);
    setDraft(server.draft);
  }

  const problemText = (problem: FormProblem['problem']) =>
    t(`economy.form.problems.${problem}`, { unit: unitName });
  const issueShown = (issue: FieldIssue): Shown => {
    const known = problemOfIssue(issue);
    return { path: issue.path, text: known ? problemText(known) : messages.issue(issue) };
  };
  const showProblems = (found: Shown[]) => {
    setShown(found);
    setAttempt((n) => n + 1);
  };

  const submitAt = async (version: number) => {
    const prepared = prepare(draft, version);
    if (prepared.kind === 'problems') {
      showProblems(prepared.problems.map((p) => ({ path: p.path, text: problemText(p.problem) })));
      return;
    }
    setShown([]);
    setError(null);
    setSavedAt(null);
    setBusy(true);
    try {
      const next = loaded(await save(prepared.input));
      setBase(next);
      setDraft(next.draft);
      setConflict(null);
      setSavedAt(new Date());
    } catch (failure) {
      if (isEconomyConflict(failure)) {
        try {
          setConflict(await fresh());
        } catch (again) {
          setError(again);
        }
      } else if (isApiError(failure) && failure.issues.length > 0) {
        showProblems(failure.issues.map(issueShown));
      } else {
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    draft,
    setDraft,
    dirty,
    submit: () => submitAt(conflict?.version ?? base.version),
    conflict,
    /** saves what I typed over the version now stored */
    keepMine: () => (conflict ? submitAt(conflict.version) : undefined),
    /** the stored version becomes the form's, and its base */
    takeSaved: () => {
      if (!conflict) return;
      setBase(conflict);
      setDraft(conflict.draft);
      setConflict(null);
      setShown([]);
    },
    shown,
    attempt,
    error,
    savedAt,
    busy,
    /** the text of the problem at a field, if any */
    at: (path: string) => shown.find((s) => s.path === path)?.text,
  };
}
