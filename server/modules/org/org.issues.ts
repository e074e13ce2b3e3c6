import {
  codedIssue,
  type checkMessages,
  type CodedIssue,
  type Ending,
  type IssueCode,
  type IssueParams,
} from '#contracts/issues.ts';

/**
 * Why a reorganisation is refused: each rule's issue code (translated by the web app), with the
 * English message the API gives for it, made from the same params so that the two always agree.
 */
export type RuleCode = Exclude<Extract<IssueCode, `org.${string}`>, keyof typeof checkMessages>;

const ended: Record<Ending, string> = {
  closed: 'closed',
  merged: 'merged into another unit',
  split: 'split up',
  replaced: 'replaced',
};
const laterChange = 'a reorganisation cannot change a unit before a later change to it';

const english: { [C in RuleCode]: (params: IssueParams<C>) => string } = {
  'org.duplicate_key': ({ key, change }) => `the key "${key}" is already used by change ${change}`,
  'org.unknown_key': ({ key }) => `no change opens a unit with the key "${key}"`,
  'org.unknown_unit': () => 'there is no unit with this id in the organisation',
  'org.unit_closed': ({ unit, lastDay, date }) =>
    `${unit} is closed: its last day was ${lastDay}, before ${date}`,
  'org.unit_not_open_yet': ({ unit, opens, date }) =>
    `${unit} opens only on ${opens}, after ${date}`,
  'org.already_ending': ({ unit, ending, change }) =>
    `${unit} is already ${ending} by change ${change}`,
  'org.already_updated': ({ unit, update, change }) =>
    `${unit} is already ${update} by change ${change}`,
  'org.ending_cannot_take_over': ({ unit, ending, change, from }) =>
    `${unit} is ${ended[ending]} by change ${change} and cannot take over from ${from}`,
  'org.ending_cannot_update': ({ unit, ending, change, update }) =>
    `${unit} is ${ended[ending]} by change ${change} and cannot also be ${update}`,
  'org.listed_twice': ({ unit }) => `${unit} is listed twice`,
  'org.split_target_twice': () => 'this unit is listed twice',
  'org.merge_target': () =>
    'must be one of the merged units or a unit opened by this reorganisation',
  'org.replaces_itself': ({ unit }) => `${unit} cannot replace itself`,
  'org.same_name': ({ unit }) => `${unit} already has this name`,
  'org.under_itself': ({ unit }) => `${unit} cannot be placed under itself`,
  'org.already_under': ({ unit, parent }) => `${unit} is already under ${parent}`,
  'org.already_result_unit': ({ unit }) => `${unit} is already a result unit`,
  'org.already_not_result_unit': ({ unit }) => `${unit} is already not a result unit`,
  'org.changes_again': ({ unit, date }) => `${unit} changes again on ${date}; ${laterChange}`,
  'org.changes_again_by': ({ unit, date, title }) =>
    `${unit} changes again on ${date} ("${title}"); ${laterChange}`,
  'org.closes_later': ({ unit, lastDay }) =>
    `${unit} already closes after ${lastDay} by a later reorganisation; it cannot also close earlier`,
  'org.later_reorganisation': ({ unit, date }) =>
    `${unit} takes part in a later reorganisation on ${date}`,
  'org.opens_same_day': ({ unit, date }) =>
    `${unit} opens on ${date} and cannot close the same day`,
  'org.parent_closed_by_change': ({ unit, parent, change }) =>
    `${unit} cannot be placed under ${parent}: change ${change} closes ${parent}`,
  'org.parent_closed_later': ({ unit, parent, date }) =>
    `${unit} would be left under ${parent}, which is closed from ${date}`,
  'org.close_with_children': ({ unit, parent }) =>
    `${parent} cannot close while ${unit} under it stays open; move or close ${unit} too`,
  'org.close_with_later_children': ({ unit, parent, date }) =>
    `${parent} cannot close: ${unit} is placed under it from ${date} by a later reorganisation`,
  'org.orphan': ({ unit, date }) => `${unit} would be left without a parent unit on ${date}`,
  'org.cycle': ({ unit, parent }) =>
    `${unit} cannot be placed under ${parent}: ${parent} lies below ${unit}`,
  'org.cycle_later': ({ unit, parent, date }) =>
    `${unit} cannot be placed under ${parent}: ${parent} lies below ${unit} from ${date}`,
  'org.loop': ({ units }) => `${units} would lie under one another in a loop`,
  'org.loop_later': ({ units, date }) =>
    `${units} would lie under one another in a loop from ${date}`,
};

/** An issue of a reorganisation at `path`, with its English message. */
export function orgIssue<C extends RuleCode>(
  path: string,
  code: C,
  params: IssueParams<C>,
): CodedIssue {
  return codedIssue(path, code, params, english[code](params));
}
