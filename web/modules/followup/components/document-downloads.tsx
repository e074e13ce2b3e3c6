import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

const formats = ['docx', 'pdf', 'html'] as const;

/** The report as a document: the same content as the print view, as Word, tagged PDF or HTML. */
export const documentHref = (
  place: { unitId: string; periodId: string },
  format: (typeof formats)[number],
) =>
  `/api/units/${encodeURIComponent(place.unitId)}/periods/${encodeURIComponent(place.periodId)}/document?format=${format}`;

export function DocumentDownloads({ place }: { place: { unitId: string; periodId: string } }) {
  const { t } = useTranslation();
  return (
    <div className="button-row no-print" role="group" aria-label={t('followup.documents.label')}>
      {formats.map((format) => (
        <Button key={format} asChild variant="secondary" data-size="sm">
          <a href={documentHref(place, format)} download>
            {t(`followup.documents.${format}`)}
          </a>
        </Button>
      ))}
    </div>
  );
}
