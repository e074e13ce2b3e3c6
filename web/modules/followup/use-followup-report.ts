import { useQuery } from '@tanstack/react-query';
import { todayIso } from '#web/lib/format.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { reportQuery, yearsQuery, type Place } from './followup.api.ts';
import { resolveSelection, type FollowupSearch } from './followup.selection.ts';

/** The budget years, the report the address (or the defaults) chooses, and that report. */
export function useFollowupReport(search: FollowupSearch) {
  const me = useMe();
  const years = useQuery(yearsQuery);
  const selection = years.data ? resolveSelection(years.data, search, me.grants, todayIso()) : {};
  const place: Place | null =
    selection.period && selection.unitId
      ? { unitId: selection.unitId, periodId: selection.period.id }
      : null;
  const report = useQuery({
    ...reportQuery(place ?? { unitId: '', periodId: '' }),
    enabled: place !== null,
  });
  /** the address of what is shown, with the defaults filled in */
  const shown: FollowupSearch = {
    year: selection.year?.year,
    period: selection.period?.id,
    unit: selection.unitId,
  };
  return { me, years, selection, place, report, shown };
}
