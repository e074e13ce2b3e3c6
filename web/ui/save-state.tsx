import { Button } from '@digdir/designsystemet-react';
import { useBlocker } from '@tanstack/react-router';
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '#web/lib/format.ts';
import {
  announcement,
  hasUnsaved,
  reportSave,
  type FieldSave,
  type ReportSave,
} from '#web/lib/autosave.ts';

/**
 * The save states of one report's forms, gathered into the report's one state. Forms register
 * themselves (web/ui/use-autosave.ts) with their state and a way to save now.
 */
export class SaveStates {
  private fields = new Map<string, { state: FieldSave; flush: () => void }>();
  private lastSavedAt: number | null = null;
  private current: ReportSave = { kind: 'idle' };
  private listeners = new Set<() => void>();

  set(id: string, state: FieldSave, savedAt: Date | null, flush: () => void) {
    this.fields.set(id, { state, flush });
    if (savedAt && (this.lastSavedAt ?? 0) < savedAt.getTime())
      this.lastSavedAt = savedAt.getTime();
    this.update();
  }

  remove(id: string) {
    this.fields.delete(id);
    this.update();
  }

  /** Saves every form with text waiting, now (the status line's "try again"). */
  flushAll() {
    for (const field of this.fields.values()) field.flush();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  snapshot = (): ReportSave => this.current;

  private update() {
    const next = reportSave(
      [...this.fields.values()].map((f) => f.state),
      this.lastSavedAt,
    );
    const same =
      next.kind === this.current.kind &&
      (next.kind !== 'saved' || this.current.kind !== 'saved' || next.at === this.current.at);
    if (same) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}

const SaveStatesContext = createContext<SaveStates | null>(null);

/** The report's save states, or null outside a report (a form then saves on its own). */
export const useSaveStates = (): SaveStates | null => useContext(SaveStatesContext);

/**
 * One report's save state: a status line that stays in view, and a warning before leaving
 * (inside the app and when the tab closes) while any text is not saved.
 */
export function SaveStateProvider({ children }: { children: ReactNode }) {
  const [states] = useState(() => new SaveStates());
  return (
    <SaveStatesContext.Provider value={states}>
      <LeaveGuard states={states} />
      <SaveStatusLine states={states} />
      {children}
    </SaveStatesContext.Provider>
  );
}

const useReportSave = (states: SaveStates) =>
  useSyncExternalStore(states.subscribe, states.snapshot, states.snapshot);

function LeaveGuard({ states }: { states: SaveStates }) {
  const { t } = useTranslation();
  const unsaved = hasUnsaved(useReportSave(states));
  useBlocker({
    shouldBlockFn: () => !window.confirm(t('common.autosave.leave')),
    enableBeforeUnload: unsaved,
    disabled: !unsaved,
  });
  return null;
}

function SaveStatusLine({ states }: { states: SaveStates }) {
  const { t, i18n } = useTranslation();
  const state = useReportSave(states);
  const message = (s: ReportSave) =>
    s.kind === 'idle'
      ? ''
      : s.kind === 'saved'
        ? t('common.autosave.saved', {
            time: new Intl.DateTimeFormat(localeOf(i18n.language), {
              hour: '2-digit',
              minute: '2-digit',
            }).format(new Date(s.at)),
          })
        : t(`common.autosave.${s.kind}`);
  // Screen readers hear the outcomes once, when the state changes (not every keystroke).
  const previous = useRef(state);
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (announcement(previous.current, state)) setSpoken(message(state));
    previous.current = state;
  }, [state]);
  return (
    <div className={`save-line save-line--${state.kind}`} data-testid="save-line">
      <span>{message(state)}</span>
      {state.kind === 'failed' && (
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => states.flushAll()}>
          {t('common.autosave.retry')}
        </Button>
      )}
      <div role="status" aria-live="polite" className="ds-sr-only">
        {spoken}
      </div>
    </div>
  );
}
