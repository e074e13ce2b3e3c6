import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { stepMissing, type Relation } from '../followup.navigation.ts';
import { missingTarget, useMissingInOrder, useMissingText } from './missing-targets.ts';
import { jumpTo, useReportSettings } from './report-context.tsx';

/** The part of the page "next missing" counts from (not the bar or the table of contents). */
export const reportContentClass = 'report-content';

/** The box an element shows in: its own, or that of the nearest ancestor shown (a folded goal). */
function shownRect(element: HTMLElement): DOMRect {
  let shown: HTMLElement | null = element;
  while (shown && shown.getClientRects().length === 0) shown = shown.parentElement;
  return (shown ?? element).getBoundingClientRect();
}

const inView = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight && rect.height > 0;
};

/**
 * Where each target is relative to the reader: from the field or heading last focused in the
 * report while it is still in view, else from the top of the window (below the sticky line).
 */
function relations(targets: HTMLElement[], focused: Element | null): Relation[] {
  if (focused?.isConnected && inView(focused))
    return targets.map((target) => {
      if (target === focused || target.contains(focused)) return 'at';
      return focused.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING
        ? 'after'
        : 'before';
    });
  const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  return targets.map((target) => {
    const top = shownRect(target).top;
    return top < line - 2 ? 'before' : top > line + 2 ? 'after' : 'at';
  });
}

/**
 * "Nästa som saknas" and "Föregående": from where the reader is, focus to the next (previous)
 * missing item of the page, round from the end to the start, unfolding a collapsed goal; a
 * screen reader hears which item it is and how far along.
 */
export function useMissingSteps() {
  const { t } = useTranslation();
  const { writable, announce } = useReportSettings();
  const items = useMissingInOrder();
  const describe = useMissingText();
  const focused = useRef<Element | null>(null);

  useEffect(() => {
    const remember = (event: FocusEvent) => {
      const target = event.target;
      if (
        target instanceof Element &&
        target.closest(`.${reportContentClass}`) &&
        !target.closest('.report-bar')
      )
        focused.current = target;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);

  const go = (direction: 'next' | 'previous') => {
    const placed = items.flatMap((item) => {
      const element = document.getElementById(missingTarget(item, writable));
      return element ? [{ item, element }] : [];
    });
    // The page's order decides, should an item's place differ from the report's order.
    placed.sort((a, b) =>
      a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    const index = stepMissing(
      relations(
        placed.map((p) => p.element),
        focused.current,
      ),
      direction,
    );
    if (index === null) return;
    const { item, element } = placed[index]!;
    jumpTo(element.id);
    focused.current = element;
    announce(
      t('followup.next.where', { item: describe(item), n: index + 1, count: placed.length }),
    );
  };
  return { count: items.length, go };
}
