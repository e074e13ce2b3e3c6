import { useTranslation } from 'react-i18next';
import { FileImport } from '#web/ui/file-import.tsx';
import { staffExportHref, useStaffImport } from '../hr.api.ts';

/** Download the year's figures or a blank template; check a file, then import it. */
export function StaffImport({ year, canWrite }: { year: number; canWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <FileImport
      downloads={[
        { href: staffExportHref(year, 'xlsx'), label: t('staff.downloadXlsx') },
        { href: staffExportHref(year, 'csv'), label: t('staff.downloadCsv') },
        { href: staffExportHref(year, 'xlsx', true), label: t('staff.downloadTemplate') },
      ]}
      canWrite={canWrite}
      invalidCode="hr.invalid_file"
      texts={{
        intro: t('staff.exchangeIntro'),
        file: t('staff.file', { year }),
        fileDescription: t('staff.fileDescription'),
        chooseFile: t('staff.chooseFile'),
        check: t('staff.check'),
        checking: t('staff.checking'),
        import: t('staff.import'),
        importing: t('staff.importing'),
        problemsTitle: (count) => t('staff.problemsTitle', { count }),
        nothingImported: t('staff.nothingImported'),
      }}
      useImport={useStaffImport}
      importKey={year}
      checked={(result) => t('staff.checked', { count: result.units.length })}
      done={(result) => t('staff.done', { count: result.units.length })}
    />
  );
}
