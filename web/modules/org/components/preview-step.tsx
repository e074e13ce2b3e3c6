import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReorganisationPreview } from '#contracts/org.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { Section } from '#web/ui/page.tsx';
import { UnitTree } from './unit-tree.tsx';

function SummaryList({ title, items }: { title: string; items: ReactNode[] }) {
  const { t } = useTranslation();
  return (
    <div className="summary-list">
      <Heading level={4} data-size="2xs">
        {title}
      </Heading>
      {items.length === 0 ? (
        <Paragraph data-size="sm">{t('reorganise.nothing')}</Paragraph>
      ) : (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What the reorganisation will do: a summary and the tree before and after, side by side. */
export function PreviewSummary({ preview }: { preview: ReorganisationPreview }) {
  const { t } = useTranslation();
  const messages = useMessages();

  // Tag the units that appear or disappear on the effective date.
  const { beforeMarks, afterMarks } = useMemo(() => {
    const beforeIds = new Set(preview.before.map((u) => u.id));
    const afterIds = new Set(preview.after.map((u) => u.id));
    return {
      beforeMarks: new Map(
        preview.before
          .filter((u) => !afterIds.has(u.id))
          .map((u) => [u.id, t('reorganise.markClosed')]),
      ),
      afterMarks: new Map(
        preview.after
          .filter((u) => !beforeIds.has(u.id))
          .map((u) => [u.id, t('reorganise.markNew')]),
      ),
    };
  }, [preview, t]);

  const date = messages.longDate(preview.effectiveDate);
  return (
    <>
      <Section title={t('reorganise.summaryTitle')} level={3}>
        <div className="summary-grid">
          <SummaryList title={t('reorganise.opened')} items={preview.opened.map((o) => o.name)} />
          <SummaryList title={t('reorganise.closed')} items={preview.closed.map((c) => c.name)} />
          <SummaryList
            title={t('reorganise.renamed')}
            items={preview.renamed.map((r) => t('reorganise.renameItem', r))}
          />
          <SummaryList
            title={t('reorganise.moved')}
            items={preview.moved.map((m) =>
              t('reorganise.moveItem', {
                name: m.name,
                from: m.fromParent ?? t('unit.topLevel'),
                to: m.toParent,
              }),
            )}
          />
          <SummaryList
            title={t('reorganise.lineageTitle')}
            items={preview.lineage.map((l) =>
              t('reorganise.lineageItem', { ...l, kind: t(`lineage.${l.kind}`) }),
            )}
          />
        </div>
      </Section>
      <div className="two-columns">
        <Section title={t('reorganise.beforeTitle')} level={3}>
          <UnitTree
            units={preview.before}
            marks={beforeMarks}
            label={`${t('reorganise.beforeTitle')} ${date}`}
            toolbar={false}
            links={false}
          />
        </Section>
        <Section title={t('reorganise.afterTitle')} level={3}>
          <UnitTree
            units={preview.after}
            marks={afterMarks}
            label={`${t('reorganise.afterTitle')} ${date}`}
            toolbar={false}
            links={false}
          />
        </Section>
      </div>
    </>
  );
}
