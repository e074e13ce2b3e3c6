import { useTranslation } from 'react-i18next';
import {
  DocumentDownloads as Downloads,
  type DocumentFormat,
} from '#web/ui/document-downloads.tsx';

/** The report as a document: the same content as the print view, as Word, tagged PDF or HTML. */
export const documentHref = (place: { unitId: string; periodId: string }, format: DocumentFormat) =>
  `/api/units/${encodeURIComponent(place.unitId)}/periods/${encodeURIComponent(place.periodId)}/document?format=${format}`;

export function DocumentDownloads({ place }: { place: { unitId: string; periodId: string } }) {
  const { t } = useTranslation();
  return (
    <Downloads
      hrefOf={(format) => documentHref(place, format)}
      label={t('followup.documents.label')}
    />
  );
}
