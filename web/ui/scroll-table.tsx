import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Wide tables scroll sideways on narrow screens inside a focusable region, so that keyboard
 * users can scroll them too.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      className="scroll-table"
      role="region"
      aria-label={t('common.scrollTable', { label })}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
