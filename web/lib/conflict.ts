/**
 * Editing with optimistic concurrency, so that nobody's text is lost. A form keeps a draft
 * beside the version it was loaded from (its base). When the report reloads with someone else's
 * newer version, an untouched draft follows it, and a touched one is kept; saving it then meets
 * a conflict, and the user sees both versions side by side and chooses.
 */

import { isApiError } from './api-client.ts';

export type Values = Record<string, string | null>;

/**
 * The stored version of a save refused with the module's conflict code (e.g.
 * `reports.conflict`, whose details carry `current`), or undefined for other errors.
 */
export function conflictOf<T>(error: unknown, code: string): { current: T | null } | undefined {
  if (!isApiError(error) || error.code !== code) return undefined;
  const details = error.details as { current?: T | null } | undefined;
  return { current: details?.current ?? null };
}

export type Draft<V extends Values> = { base: V; baseVersion: number; values: V };

export const newDraft = <V extends Values>(values: V, version: number): Draft<V> => ({
  base: values,
  baseVersion: version,
  values,
});

export const sameValues = <V extends Values>(a: V, b: V): boolean =>
  Object.keys({ ...a, ...b }).every((key) => (a[key] ?? null) === (b[key] ?? null));

export const isDirty = <V extends Values>(draft: Draft<V>): boolean =>
  !sameValues(draft.base, draft.values);

/** The server's version arrived (a reload): an untouched draft follows it, a touched one stays. */
export function syncWithServer<V extends Values>(
  draft: Draft<V>,
  server: V,
  serverVersion: number,
): Draft<V> {
  if (serverVersion === draft.baseVersion || isDirty(draft)) return draft;
  return newDraft(server, serverVersion);
}

/** Saved: the saved version is the new base; what was typed during the save stays. */
export function afterSave<V extends Values>(
  draft: Draft<V>,
  sent: V,
  saved: V,
  savedVersion: number,
): Draft<V> {
  return {
    base: saved,
    baseVersion: savedVersion,
    values: sameValues(draft.values, sent) ? saved : draft.values,
  };
}

export type ConflictRow<K extends string> = {
  field: K;
  saved: string | null;
  yours: string | null;
  differs: boolean;
};

/** The two versions field by field, for showing side by side. */
export function conflictRows<V extends Values>(
  fields: readonly (keyof V & string)[],
  saved: V | null,
  yours: V,
): ConflictRow<keyof V & string>[] {
  return fields.map((field) => {
    const a = saved?.[field] ?? null;
    const b = yours[field] ?? null;
    return { field, saved: a, yours: b, differs: (a ?? '') !== (b ?? '') };
  });
}

/** Keep mine: my values, saved over the version now stored (0 when nothing is stored). */
export const keepMine = <V extends Values>(
  yours: V,
  current: { version: number } | null,
): V & { version: number } => ({ ...yours, version: current?.version ?? 0 });

/** Take theirs: the stored version becomes the draft and its base. */
export const takeSaved = <V extends Values>(saved: V | null, empty: V, version: number): Draft<V> =>
  newDraft(saved ?? empty, version);

export type StatusMerge<V extends Values> =
  { kind: 'merged'; values: V } | { kind: 'clash'; theirs: string | null };

/**
 * A change of one field (an activity's status, chosen in the table) met someone else's save.
 * If they did not change that field, my change is put on top of their version; if they did,
 * the user must choose again.
 */
export function mergeOneField<V extends Values>(
  field: keyof V & string,
  base: V,
  current: V,
  mine: string | null,
): StatusMerge<V> {
  if ((current[field] ?? null) !== (base[field] ?? null) && (current[field] ?? null) !== mine)
    return { kind: 'clash', theirs: current[field] ?? null };
  return { kind: 'merged', values: { ...current, [field]: mine } };
}

/**
 * One field was saved on its own (an activity's status from the table): the saved version is
 * the new base, the field shows what was saved, and other fields being edited stay as typed.
 */
export function afterFieldSave<V extends Values>(
  draft: Draft<V>,
  field: keyof V & string,
  saved: V,
  savedVersion: number,
): Draft<V> {
  const untouched = sameValues(draft.base, draft.values);
  return {
    base: saved,
    baseVersion: savedVersion,
    values: untouched ? saved : { ...draft.values, [field]: saved[field] },
  };
}
