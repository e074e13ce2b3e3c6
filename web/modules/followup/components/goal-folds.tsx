import { Button } from '@digdir/designsystemet-react';
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useSaveStates } from '#web/ui/save-state.tsx';
import { unfoldEvent } from './report-context.tsx';

/**
 * Which goals of the report are collapsed. A store rather than state at the page, so that a
 * toggle re-renders only the goal it is about (a report has dozens of goals). A collapsed goal
 * keeps its content mounted, only hidden: its forms keep their unsaved text and save themselves.
 */
export class FoldStore {
  private collapsed = new Set<string>();
  private listeners = new Set<() => void>();

  isCollapsed = (id: string) => this.collapsed.has(id);

  set(ids: readonly string[], collapsed: boolean) {
    for (const id of ids) {
      if (collapsed) this.collapsed.add(id);
      else this.collapsed.delete(id);
    }
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

const FoldContext = createContext<FoldStore | null>(null);

export function FoldProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new FoldStore());
  return <FoldContext.Provider value={store}>{children}</FoldContext.Provider>;
}

function useFoldStore(): FoldStore {
  const store = useContext(FoldContext);
  if (!store) throw new Error('useFoldStore outside a FoldProvider');
  return store;
}

/** Collapsing saves what is typed at once (it would save itself anyway, hidden or not). */
function useCollapse() {
  const store = useFoldStore();
  const saves = useSaveStates();
  return (ids: readonly string[], collapsed: boolean) => {
    if (collapsed) saves?.flushAll();
    store.set(ids, collapsed);
  };
}

export const foldId = (goalId: string) => `goal-fold-${goalId}`;

/** The button beside a goal's heading that collapses or expands the goal. */
export function FoldButton({ goalId, name }: { goalId: string; name: string }) {
  const { t } = useTranslation();
  const store = useFoldStore();
  const collapse = useCollapse();
  const collapsed = useSyncExternalStore(store.subscribe, () => store.isCollapsed(goalId));
  return (
    <Button
      type="button"
      variant="tertiary"
      data-size="sm"
      className="goal__fold-button"
      aria-expanded={!collapsed}
      aria-controls={foldId(goalId)}
      onClick={() => collapse([goalId], !collapsed)}
    >
      <span aria-hidden="true" className="goal__fold-mark">
        {collapsed ? '▸' : '▾'}
      </span>
      {collapsed ? t('followup.folds.expand') : t('followup.folds.collapse')}
      <span className="ds-sr-only"> – {name}</span>
    </Button>
  );
}

/**
 * A goal's content under its heading, hidden when the goal is collapsed. Hidden "until found":
 * the browser's find in page still finds its text and unfolds it; a link or "next missing"
 * into it unfolds it too (jumpTo).
 */
export function GoalFold({ goalId, children }: { goalId: string; children: ReactNode }) {
  const store = useFoldStore();
  const collapsed = useSyncExternalStore(store.subscribe, () => store.isCollapsed(goalId));
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (collapsed) element.setAttribute('hidden', 'until-found');
    else element.removeAttribute('hidden');
  }, [collapsed]);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const unfold = () => {
      element.removeAttribute('hidden');
      flushSync(() => store.set([goalId], false));
    };
    element.addEventListener(unfoldEvent, unfold);
    element.addEventListener('beforematch', unfold);
    return () => {
      element.removeEventListener(unfoldEvent, unfold);
      element.removeEventListener('beforematch', unfold);
    };
  }, [store, goalId]);
  return (
    <div ref={ref} id={foldId(goalId)} data-fold={goalId} className="goal__fold">
      {children}
    </div>
  );
}

/** "Fäll ihop alla" and "Fäll ut alla": every goal of the report at once. */
export function FoldAllButtons({ goalIds }: { goalIds: readonly string[] }) {
  const { t } = useTranslation();
  const collapse = useCollapse();
  return (
    <div className="button-row goal-folds">
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        onClick={() => collapse(goalIds, true)}
      >
        {t('followup.folds.collapseAll')}
      </Button>
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        onClick={() => collapse(goalIds, false)}
      >
        {t('followup.folds.expandAll')}
      </Button>
    </div>
  );
}
