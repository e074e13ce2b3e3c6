import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { EconomyImportResult } from '#contracts/economy.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { FileImport } from '#web/ui/file-import.tsx';
import { exportHref, useEconomyImport, type EconomyPlace } from '../economy.api.ts';
import type { EconomyText } from '../economy.messages.ts';

/** What the dry run or the import said, in a list a reader can go through, and its warnings. */
function Summary({ result }: { result: EconomyImportResult }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const tally = (key: 'areas' | 'lines') => t(`economy.exchange.${key}`, result[key]);
  const optional = (key: 'carryOvers' | 'resultFunds') =>
    result[key] === null
      ? t(`economy.exchange.${key}Absent`)
      : t(`economy.exchange.${key}`, { count: result[key] });
  return (
    <>
      <ul>
        <li>{t('economy.exchange.rows', { count: result.rows })}</li>
        <li>{tally('areas')}</li>
        <li>{tally('lines')}</li>
        <li>{t('economy.exchange.printedTotals', { count: result.printedTotals })}</li>
        <li>{optional('carryOvers')}</li>
        <li>{optional('resultFunds')}</li>
        {(['investmentAccount', 'balanceSheet'] as const).map((key) => (
          <li key={key}>
            {result.statements[key] === null
              ? t(`economy.exchange.${key}Absent`)
              : t(`economy.exchange.${key}`, { count: result.statements[key] })}
          </li>
        ))}
      </ul>
      {result.columns.length > 0 && (
        <details>
          <summary>{t('economy.exchange.columnsTitle')}</summary>
          <ul>
            {result.columns.map((column, index) => (
              <li key={index}>
                {t('economy.exchange.columnRead', {
                  header: column.header,
                  field: t(`economy.exchange.fields.${column.field}`, {
                    period: column.period ?? '',
                  }),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {result.warnings.length > 0 && (
        <>
          <Paragraph>
            {t('economy.exchange.warningsTitle', { count: result.warnings.length })}
          </Paragraph>
          <ul>
            {result.warnings.map((warning, index) => (
              <li key={index}>{messages.issue(warning)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * Download the table (Excel, CSV, blank template) and upload a file: first a dry run that lists
 * every problem or what would change, then "Importera". A file with any problem imports nothing.
 * Problems of the file as a whole come by their codes, in the UI language; those of single cells
 * by row and column, as the server wrote them (Swedish).
 */
export function ImportPanel({
  place,
  unitName,
  canWrite,
  text,
}: {
  place: EconomyPlace;
  unitName: string;
  canWrite: boolean;
  text: EconomyText;
}) {
  const { t } = useTranslation();
  return (
    <FileImport
      downloads={[
        { href: exportHref(place, 'xlsx'), label: t('economy.exchange.downloadXlsx') },
        { href: exportHref(place, 'csv'), label: t('economy.exchange.downloadCsv') },
        { href: exportHref(place, 'xlsx', true), label: t('economy.exchange.downloadTemplate') },
      ]}
      canWrite={canWrite}
      invalidCode="economy.invalid_file"
      texts={{
        intro: t('economy.exchange.intro'),
        file: t('economy.exchange.file'),
        fileDescription: t('economy.exchange.fileDescription', {
          unit: unitName,
          year: place.year,
        }),
        chooseFile: t('economy.exchange.chooseFile'),
        check: t('economy.exchange.check'),
        checking: t('economy.exchange.checking'),
        import: t('economy.exchange.import'),
        importing: t('economy.exchange.importing'),
        problemsTitle: (count) => t('economy.exchange.problemsTitle', { count }),
        nothingImported: t('economy.exchange.nothingImported'),
        readOnly: t('economy.exchange.readOnly'),
      }}
      useImport={useEconomyImport}
      importKey={place}
      describeError={text.error}
      checked={(checked) => (
        <>
          <Heading level={3} data-size="2xs">
            {checked.unchanged
              ? t('economy.exchange.unchanged')
              : t('economy.exchange.summaryTitle')}
          </Heading>
          <Summary result={checked} />
        </>
      )}
      canImport={(checked) => !checked.unchanged}
      done={(done) => (
        <>
          <Heading level={3} data-size="2xs">
            {t('economy.exchange.doneTitle')}
          </Heading>
          <Paragraph>{t('economy.exchange.done', done.lines)}</Paragraph>
        </>
      )}
    />
  );
}
