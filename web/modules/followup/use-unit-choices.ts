import { useQuery } from '@tanstack/react-query';
import { treeQuery } from '#web/modules/org/org.api.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { unitChoices, type UnitChoices } from './followup.selection.ts';

/** The unit picker's options at a date: the user's own units, then the organisation then. */
export function useUnitChoices(date: string): UnitChoices {
  const me = useMe();
  const tree = useQuery(treeQuery(date));
  return unitChoices(me.grants, tree.data?.units ?? []);
}
