import { useTranslation } from 'react-i18next';
import type { Risk } from '#contracts/internal-control.ts';
import { riskMatrix } from '../internal-control.matrix.ts';

/**
 * The 4×4 matrix as a table: probability 4 at the top, consequence 1 to the left. Each cell says
 * its value, its band and how many risks it holds, by name; the colour only repeats the band.
 */
export function RiskMatrix({ risks, caption }: { risks: readonly Risk[]; caption: string }) {
  const { t } = useTranslation();
  const rows = riskMatrix(risks);
  const outside = risks.filter((r) => r.value === null).map((r) => r.process);
  return (
    <>
      <div className="ic-matrix-scroll">
        <table className="ic-matrix">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <td />
              {rows[0]!.map((cell) => (
                <th key={cell.consequence} scope="col">
                  {t('internalControl.matrix.consequence', { value: cell.consequence })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row[0]!.probability}>
                <th scope="row">
                  {t('internalControl.matrix.probability', { value: row[0]!.probability })}
                </th>
                {row.map((cell) => (
                  <td key={cell.consequence} className={`ic-band ic-band--${cell.band}`}>
                    <span className="ic-cell-value">
                      {t('internalControl.matrix.cell', {
                        value: cell.value,
                        band: t(`internalControl.band.${cell.band}`),
                      })}
                    </span>
                    <span className="ic-cell-count">
                      {cell.risks.length === 0
                        ? t('internalControl.matrix.none')
                        : t('internalControl.matrix.count', { count: cell.risks.length })}
                    </span>
                    {cell.risks.length > 0 && (
                      <ul>
                        {cell.risks.map((r) => (
                          <li key={r.id}>{r.process}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outside.length > 0 && (
        <p>{t('internalControl.matrix.notAssessed', { names: outside.join(', ') })}</p>
      )}
    </>
  );
}
