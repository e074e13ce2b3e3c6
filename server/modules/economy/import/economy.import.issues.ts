import { codedIssue, type CodedIssue, type IssueParams } from '#contracts/issues.ts';

/**
 * Why an economy file is refused before its cells are read, and what is imported but looks
 * wrong (a warning: `economy.total_typed_as_area`, `economy.year_difference`): each reason's issue code (translated by the
 * web app), with the English message the API gives for it. The problems of single cells are
 * written by the sheet rules (economy.sheet.cells.rules.ts) with their row and column.
 */
export type ImportCode =
  | 'economy.not_xlsx'
  | 'economy.not_csv'
  | 'economy.no_sheets'
  | 'economy.no_such_unit'
  | 'economy.unit_ambiguous'
  | 'economy.other_unit'
  | 'economy.other_year'
  | 'economy.year_missing'
  | 'economy.changes_areas'
  | 'economy.changes_settings'
  | 'economy.total_typed_as_area'
  | 'economy.year_difference'
  | 'economy.column_scale'
  | 'economy.revenue_sign'
  | 'economy.deviation_sign';

const mayNotModel = 'that needs permission to change the model. Nothing was saved.';

const english: { [C in ImportCode]: (params: IssueParams<C>) => string } = {
  'economy.not_xlsx': ({ reason }) => `The file could not be read as an Excel workbook: ${reason}`,
  'economy.not_csv': ({ reason }) => `The file could not be read as CSV: ${reason}`,
  'economy.no_sheets': () => 'The file has no sheets.',
  'economy.no_such_unit': ({ unit, year }) => `there is no unit '${unit}' at the end of ${year}`,
  'economy.unit_ambiguous': ({ unit, year }) =>
    `several units are called '${unit}' at the end of ${year}; give the unit's id`,
  'economy.other_unit': ({ unit }) => `the file is for ${unit}, not the unit it was uploaded for`,
  'economy.other_year': ({ year, expected }) => `the file is for ${year}, not ${expected}`,
  'economy.year_missing': ({ year }) => `the budget year ${year} does not exist; add it first`,
  'economy.changes_areas': ({ created, deleted, updated }) =>
    `The file changes the table's areas of activity (new: ${created}; removed: ${deleted}; changed: ${updated}); ${mayNotModel}`,
  'economy.changes_settings': () =>
    `The file changes the table's settings or the order of its areas; ${mayNotModel}`,
  'economy.total_typed_as_area': ({ area, row }) =>
    `row ${row}: '${area}' is labelled as a total but read as an area of activity; it is not checked as a total and is summed with the areas`,
  'economy.year_difference': ({ row, area, printed, computed }) =>
    `row ${row} (${area}): Differens mellan åren is printed as ${printed}, but this year's outcome less last year's is ${computed}`,
  'economy.column_scale': ({ column, other, factor, rows, of }) =>
    `column ${column} is about ${factor} times ${other} on ${rows} of ${of} rows: is it in another unit (mnkr in a tkr file)?`,
  'economy.revenue_sign': ({ declared, suggested, rows, of }) =>
    `${rows} of ${of} revenue outcomes have the sign '${suggested}' gives, not '${declared}' as the file declares`,
  'economy.deviation_sign': ({ declared, suggested, rows, of }) =>
    `${rows} of ${of} printed deviations have the sign reversed under '${declared}'; they agree under ${suggested}`,
};

/** An issue of an imported file at `path` (a sheet's name, or '' for the file). */
export function importIssue<C extends ImportCode>(
  path: string,
  code: C,
  params: IssueParams<C>,
): CodedIssue {
  return codedIssue(path, code, params, english[code](params));
}
