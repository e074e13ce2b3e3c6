import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AreaLinks, AreaLinksInput, EfficiencyView } from '#contracts/efficiency.ts';
import { api, withQuery } from '#web/lib/api-client.ts';

export type EfficiencyPlace = { unitId: string; year: number; period: string };

export const efficiencyKeys = {
  all: ['efficiency'] as const,
  view: ({ unitId, year, period }: EfficiencyPlace) =>
    ['efficiency', 'view', unitId, year, period] as const,
};

const base = ({ unitId, year }: Pick<EfficiencyPlace, 'unitId' | 'year'>) =>
  `/api/units/${unitId}/years/${year}/efficiency`;

/** Each area's net cost beside its goals and indicators, and the cost per output. */
export const efficiencyQuery = (place: EfficiencyPlace) =>
  queryOptions({
    queryKey: efficiencyKeys.view(place),
    queryFn: ({ signal }) =>
      api<EfficiencyView>(withQuery(base(place), { period: place.period }), { signal }),
    placeholderData: keepPreviousData,
  });

/** Replaces an area's links; every period's view of the unit is read again. */
export function useSaveLinks(place: EfficiencyPlace, areaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AreaLinksInput) =>
      api<AreaLinks>(`${base(place)}/areas/${areaId}/links`, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: efficiencyKeys.all }),
  });
}
