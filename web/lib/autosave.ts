/**
 * Autosave: every text of a report saves itself a moment after the last keystroke, through the
 * same versioned save as the Spara buttons (web/lib/conflict.ts), so a conflict still shows both
 * texts. Each field reports its state; the report shows one state for all of them.
 */

/** How long after the last keystroke a draft saves itself. */
export const autosaveDelay = 1500;

/** One field's (one form's) save state. */
export type FieldSave = 'clean' | 'dirty' | 'saving' | 'failed' | 'conflict';

/** The report's one save state, as its status line shows it. */
export type ReportSave =
  | { kind: 'idle' }
  | { kind: 'saved'; at: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed' }
  | { kind: 'conflict' };

/**
 * The report's state from its fields' states: a conflict first (the writer must choose), then a
 * failed save, a save under way, text waiting to be saved; else everything is saved (when
 * anything was saved while the page was open) or there is nothing to tell.
 */
export function reportSave(fields: Iterable<FieldSave>, lastSavedAt: number | null): ReportSave {
  const states = new Set(fields);
  if (states.has('conflict')) return { kind: 'conflict' };
  if (states.has('failed')) return { kind: 'failed' };
  if (states.has('saving')) return { kind: 'saving' };
  if (states.has('dirty')) return { kind: 'pending' };
  return lastSavedAt === null ? { kind: 'idle' } : { kind: 'saved', at: lastSavedAt };
}

/** Whether leaving the page now would lose text: anything not yet stored on the server. */
export const hasUnsaved = (state: ReportSave): boolean =>
  state.kind !== 'idle' && state.kind !== 'saved';

/**
 * What a screen reader hears when the state changes, or null: only a change of kind, and only
 * the outcomes (saved, failed, conflict), not every keystroke's "waiting" or "saving".
 */
export function announcement(before: ReportSave, after: ReportSave): ReportSave['kind'] | null {
  if (before.kind === after.kind) return null;
  return after.kind === 'saved' || after.kind === 'failed' || after.kind === 'conflict'
    ? after.kind
    : null;
}

/** A form's state from what its hook knows. */
export function fieldSave(form: {
  dirty: boolean;
  saving: boolean;
  failed: boolean;
  conflict: boolean;
}): FieldSave {
  if (form.conflict) return 'conflict';
  if (form.saving) return 'saving';
  if (form.failed && form.dirty) return 'failed';
  return form.dirty ? 'dirty' : 'clean';
}

/** Whether a form should save itself now: touched, not already saving, nobody to choose. */
export const shouldAutosave = (form: {
  dirty: boolean;
  saving: boolean;
  conflict: boolean;
  locked: boolean;
}): boolean => form.dirty && !form.saving && !form.conflict && !form.locked;

/** A draft kept in the tab's sessionStorage: the values and the version they started from. */
export type StoredDraft<V> = { version: number; values: V };

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The storage key of one form of one report. */
export const draftKey = (place: { unitId: string; periodId: string }, field: string): string =>
  `rodtrad.draft.${place.unitId}.${place.periodId}.${field}`;

export function storeDraft<V>(storage: DraftStorage, key: string, draft: StoredDraft<V>): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // A full or closed storage: the draft stays in the page only.
  }
}

export function forgetDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // nothing to forget
  }
}

/** A stored draft, or null when there is none or it is not one (another version's format). */
export function readDraft<V>(storage: DraftStorage, key: string): StoredDraft<V> | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft<V>>;
    if (typeof parsed.version !== 'number' || typeof parsed.values !== 'object' || !parsed.values)
      return null;
    return { version: parsed.version, values: parsed.values };
  } catch {
    return null;
  }
}
