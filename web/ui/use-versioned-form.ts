import { useRef, useState } from 'react';
import type { FieldIssue } from '#contracts/common.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { issuesFromZod } from '#web/lib/issues.ts';
import {
  afterFieldSave,
  afterSave,
  conflictOf,
  isDirty,
  mergeOneField,
  newDraft,
  syncWithServer,
  takeSaved,
  type Values,
} from '#web/lib/conflict.ts';

type ZodIssues = Parameters<typeof issuesFromZod>[0];

type Stored = { version: number; updatedAt: string | null; updatedByName: string | null };

export type Prepared<Input> = { input: Input } | { issues: FieldIssue[] };

/** A contract schema's `safeParse` of the request body as `Prepared`: the body, or its issues. */
export const prepared = <Input>(
  parsed: { success: true; data: Input } | { success: false; error: ZodIssues },
): Prepared<Input> =>
  parsed.success ? { input: parsed.data } : { issues: issuesFromZod(parsed.error) };

type Options<V extends Values, Input, Saved extends Stored> = {
  /** the stored record as the report has it, or null when nothing is stored yet */
  server: Saved | null;
  /** the form's values of a stored record (or of nothing) */
  toValues: (saved: Saved | null) => V;
  /** the request body for the values, or the problems that stop it being sent */
  toInput: (values: V, version: number) => Prepared<Input>;
  save: (input: Input) => Promise<Saved>;
  /** the error code of a save refused because someone else saved first */
  conflictCode: string;
  /** a draft kept from an earlier visit (web/lib/autosave.ts): its text over the version it started from */
  restored?: { version: number; values: V } | null;
};

export type Conflict<V extends Values, Saved extends Stored> = {
  current: Saved | null;
  saved: V | null;
};

export type Outcome<Saved> =
  { kind: 'saved' | 'invalid' | 'failed' } | { kind: 'conflict'; current: Saved | null };

/**
 * A form over one stored record (a report's assessment, outcome, activity status), saved with the version it was loaded from. It
 * follows reloads while untouched, keeps the user's text when it is not, and on a conflict holds
 * both versions until the user chooses (docs: web/lib/conflict.ts).
 */
export function useVersionedForm<V extends Values, Input, Saved extends Stored>({
  server,
  toValues,
  toInput,
  save,
  conflictCode,
  restored,
}: Options<V, Input, Saved>) {
  const serverVersion = server?.version ?? 0;
  // A restored draft keeps the version it started from, so a newer save meets a conflict.
  const [draft, setDraft] = useState(() =>
    restored
      ? { base: toValues(server), baseVersion: restored.version, values: restored.values }
      : newDraft(toValues(server), serverVersion),
  );
  const [conflict, setConflict] = useState<Conflict<V, Saved> | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [saving, setSaving] = useState(false);
  // The save under way: a second save (Spara pressed while the text saves itself) would carry
  // the version the first one replaces, and meet its own save as a conflict.
  const inflight = useRef<Promise<Outcome<Saved>> | null>(null);

  // A reload brought another version: follow it unless the user is editing or choosing.
  if (conflict === null && serverVersion !== draft.baseVersion) {
    const synced = syncWithServer(draft, toValues(server), serverVersion);
    if (synced !== draft) setDraft(synced);
  }

  const send = async (
    values: V,
    version: number,
    onSaved: (saved: Saved) => void,
    showConflict = true,
  ): Promise<Outcome<Saved>> => {
    const prepared = toInput(values, version);
    if ('issues' in prepared) {
      setIssues(prepared.issues);
      return { kind: 'invalid' };
    }
    setIssues([]);
    setError(null);
    setSaving(true);
    try {
      const saved = await save(prepared.input);
      onSaved(saved);
      setConflict(null);
      setSavedAt(new Date());
      return { kind: 'saved' };
    } catch (failure) {
      const found = conflictOf<Saved>(failure, conflictCode);
      if (found) {
        if (showConflict)
          setConflict({
            current: found.current,
            saved: found.current ? toValues(found.current) : null,
          });
        return { kind: 'conflict', current: found.current };
      }
      if (isApiError(failure) && failure.issues.length > 0) {
        setIssues(failure.issues);
        return { kind: 'invalid' };
      }
      setError(failure);
      return { kind: 'failed' };
    } finally {
      setSaving(false);
    }
  };

  const submitValues = async (values: V, version: number) => {
    const run = send(values, version, (saved) =>
      setDraft((d) => afterSave(d, values, toValues(saved), saved.version)),
    );
    inflight.current = run;
    try {
      return await run;
    } finally {
      if (inflight.current === run) inflight.current = null;
    }
  };

  return {
    values: draft.values,
    dirty: isDirty(draft),
    baseVersion: draft.baseVersion,
    set: (patch: Partial<V>) => setDraft((d) => ({ ...d, values: { ...d.values, ...patch } })),
    /** Saves the draft; while a save is under way, its outcome (text typed since saves next). */
    submit: () => inflight.current ?? submitValues(draft.values, draft.baseVersion),
    /**
     * Saves one field on its own, over the stored version of the others. If someone else saved
     * first without touching that field, the change goes on top of theirs.
     */
    saveField: async (
      field: keyof V & string,
      value: string | null,
    ): Promise<Outcome<Saved> | { kind: 'clash'; theirs: string | null; by: string | null }> => {
      const sent = { ...draft.base, [field]: value } as V;
      const onSaved = (saved: Saved) =>
        setDraft((d) => afterFieldSave(d, field, toValues(saved), saved.version));
      const first = await send(sent, draft.baseVersion, onSaved, false);
      if (first.kind !== 'conflict') return first;
      const current = first.current;
      const merge = mergeOneField(field, draft.base, toValues(current), value);
      if (merge.kind === 'clash') {
        // Their choice shows in the field; anything else being written stays.
        setDraft((d) => afterFieldSave(d, field, toValues(current), current?.version ?? 0));
        return { kind: 'clash', theirs: merge.theirs, by: current?.updatedByName ?? null };
      }
      return send(merge.values, current?.version ?? 0, onSaved);
    },
    conflict,
    keepMine: () =>
      conflict ? submitValues(draft.values, conflict.current?.version ?? 0) : undefined,
    takeSaved: () => {
      if (!conflict) return;
      setDraft(takeSaved(conflict.saved, toValues(null), conflict.current?.version ?? 0));
      setConflict(null);
    },
    issues,
    error,
    savedAt,
    /** a save is under way */
    saving,
    /** the last save was refused (invalid) or did not reach the server */
    failed: error !== null || issues.length > 0,
  };
}

export type VersionedForm<V extends Values, Input, Saved extends Stored> = ReturnType<
  typeof useVersionedForm<V, Input, Saved>
>;
