/** A unit's own value target for a year, as `PUT /api/indicators/:id/target` takes it. */
export const valueTarget = (unitId: string, year: number, target: string) => ({
  unitId,
  year,
  targetKind: 'value',
  target,
  councilTargetKind: 'set_by_committee',
  councilTarget: null,
});
