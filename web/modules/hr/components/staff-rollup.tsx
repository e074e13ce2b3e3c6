import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '#web/ui/query-state.tsx';
import { staffRollUpQuery, type StaffPlace } from '../hr.api.ts';
import { StaffTable } from './staff-table.tsx';

/** Each unit's own figures beside the total over the unit's subtree (and last year's total). */
export function StaffRollUpTable({ place }: { place: StaffPlace }) {
  const { t } = useTranslation();
  const rollUp = useQuery(staffRollUpQuery(place));
  return (
    <QueryState query={rollUp}>
      {(data) =>
        data.units.length === 0 ? (
          <Paragraph>{t('staff.noFigures', { year: data.year })}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('staff.rollupIntro')}</Paragraph>
            <StaffTable
              label={t('staff.rollupCaption', { year: data.year, unit: data.unit.name })}
              heads={[
                ...data.units.map((u) => u.name),
                t('staff.total'),
                t('staff.previousTotal', { year: data.year - 1 }),
              ]}
              columns={[...data.units.map((u) => u.computed), data.total, data.previousTotal]}
              indices={data.indices}
            />
            {data.unweighed.length > 0 && (
              <Paragraph>{t('staff.unweighed', { units: data.unweighed.join(', ') })}</Paragraph>
            )}
          </>
        )
      }
    </QueryState>
  );
}
