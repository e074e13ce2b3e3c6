import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { LineageLink } from '#contracts/org.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { AppLink } from '#web/ui/app-link.tsx';

/** Lineage links (origins or fate), each with links to both units and the reorganisation. */
export function LineageList({ links, empty }: { links: readonly LineageLink[]; empty: string }) {
  const { t } = useTranslation();
  const messages = useMessages();
  if (links.length === 0) return <Paragraph>{empty}</Paragraph>;
  const sorted = [...links].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  return (
    <ul className="lineage-list">
      {sorted.map((link) => (
        <li key={`${link.fromUnitId}-${link.toUnitId}-${link.reorganisationId}`}>
          <span className="lineage-list__units">
            <AppLink to="/org/units/$id" params={{ id: link.fromUnitId }}>
              {link.fromName}
            </AppLink>
            <span aria-hidden="true"> → </span>
            <span className="ds-sr-only"> {t('unit.lineageTo')} </span>
            <AppLink to="/org/units/$id" params={{ id: link.toUnitId }}>
              {link.toName}
            </AppLink>
          </span>
          <span className="lineage-list__meta">
            <AppLink to="/org/reorganisations/$id" params={{ id: link.reorganisationId }}>
              {t('unit.lineageMeta', {
                kind: t(`lineage.${link.kind}`),
                date: messages.longDate(link.effectiveDate),
              })}
            </AppLink>
          </span>
        </li>
      ))}
    </ul>
  );
}
