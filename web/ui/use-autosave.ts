import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import {
  autosaveDelay,
  fieldSave,
  forgetDraft,
  readDraft,
  shouldAutosave,
  storeDraft,
  type StoredDraft,
} from '#web/lib/autosave.ts';
import type { Values } from '#web/lib/conflict.ts';
import { useSaveStates } from './save-state.tsx';

type AutosaveForm<V extends Values> = {
  values: V;
  dirty: boolean;
  baseVersion: number;
  saving: boolean;
  failed: boolean;
  conflict: unknown;
  savedAt: Date | null;
  submit: () => Promise<unknown>;
};

const storage = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

/** A draft this tab kept for the form (text that was not saved when the page was left). */
export function useStoredDraft<V extends Values>(key: string): StoredDraft<V> | null {
  const [draft] = useState(() => {
    const store = storage();
    return store ? readDraft<V>(store, key) : null;
  });
  return draft;
}

/**
 * A form that saves itself a moment after the last keystroke (and when it loses focus), through
 * its versioned save; it tells the report's status line its state and keeps its unsaved text in
 * the tab's sessionStorage under `key` until it is saved. Returns `flush`, to save now (on blur).
 */
export function useAutosave<V extends Values>(
  form: AutosaveForm<V>,
  { key, locked }: { key: string; locked: boolean },
) {
  const id = useId();
  const states = useSaveStates();
  const latest = useRef(form);
  useLayoutEffect(() => {
    latest.current = form;
  });
  // The values last sent by autosave: a refused save is not repeated until the text changes.
  const tried = useRef<V | null>(null);
  const conflict = form.conflict !== null && form.conflict !== undefined;
  const ready = shouldAutosave({ dirty: form.dirty, saving: form.saving, conflict, locked });

  const flush = () => {
    const now = latest.current;
    const nowConflict = now.conflict !== null && now.conflict !== undefined;
    if (!shouldAutosave({ dirty: now.dirty, saving: now.saving, conflict: nowConflict, locked }))
      return;
    tried.current = now.values;
    void now.submit();
  };

  useEffect(() => {
    if (!ready || tried.current === form.values) return;
    const timer = window.setTimeout(flush, autosaveDelay);
    return () => window.clearTimeout(timer);
    // flush reads the latest form; a new timer starts with each change of the text
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, form.values]);

  const state = fieldSave({
    dirty: form.dirty,
    saving: form.saving,
    failed: form.failed,
    conflict,
  });
  useEffect(() => {
    states?.set(id, state, form.savedAt, () => {
      tried.current = null;
      flush();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [states, id, state, form.savedAt]);
  useEffect(() => () => states?.remove(id), [states, id]);

  // Unsaved text is kept in the tab with the version it started from, until it is saved.
  useEffect(() => {
    const store = storage();
    if (!store) return;
    if (form.dirty) storeDraft(store, key, { version: form.baseVersion, values: form.values });
    else forgetDraft(store, key);
  }, [key, form.dirty, form.values, form.baseVersion]);

  return { flush };
}
