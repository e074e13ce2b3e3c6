import type { Strings } from './en.ts';
import type { issuesSv } from './issues.sv.ts';

/** English texts of validation issues, typed against the Swedish ones. */
export const issuesEn: Strings<typeof issuesSv> = {
  required: 'Fill in this field.',
  too_long: 'At most {{max}} characters.',
  too_short: 'At least {{min}} characters.',
  too_many: 'Give at most {{max}}.',
  too_few: 'Give at least {{min}}.',
  too_big: 'Must be at most {{max}}.',
  too_small: 'Must be at least {{min}}.',
  less_than: 'Must be less than {{max}}.',
  greater_than: 'Must be greater than {{min}}.',
  invalid_email: 'Enter a valid e-mail address.',
  invalid_date: 'Enter a date as YYYY-MM-DD.',
  date_out_of_range: 'The date must be between {{min}} and {{max}}.',
  invalid_id: 'Choose a unit.',
  invalid_format: 'The value has the wrong format.',
  invalid_type: 'The value is of the wrong type.',
  invalid_value: 'Choose one of the options.',
  unrecognized_keys: 'Unknown field: {{keys}}.',
  invalid: 'The value is not valid.',
  org_merge_too_few: 'Choose at least two units to merge.',
  org_split_too_few: 'Choose at least two units the unit is split into.',
  org_no_changes: 'Add at least one change.',
  org_duplicate_key: 'The key "{{key}}" is already used in change {{change}}.',
  org_unknown_key: 'No change opens a unit with the key "{{key}}".',
  org_unknown_unit: 'There is no such unit in the organisation.',
  org_unit_closed: '{{unit}} is closed: its last day was {{lastDay}}, before {{date}}.',
  org_unit_not_open_yet: '{{unit}} opens only on {{opens}}, after {{date}}.',
  org_already_ending: '{{unit}} is already set to {{ending}} in change {{change}}.',
  org_already_updated: '{{unit}} is already set to {{update}} in change {{change}}.',
  org_ending_cannot_take_over:
    '{{unit}} is set to {{ending}} in change {{change}}, so it cannot take over from {{from}}.',
  org_ending_cannot_update:
    '{{unit}} is set to {{ending}} in change {{change}}, so it cannot also {{update}}.',
  org_listed_twice: '{{unit}} is listed twice.',
  org_split_target_twice: 'This unit is listed twice.',
  org_merge_target: 'Choose one of the merged units or a unit opened by this reorganisation.',
  org_replaces_itself: '{{unit}} cannot take over from itself.',
  org_same_name: '{{unit}} already has this name.',
  org_under_itself: '{{unit}} cannot be placed under itself.',
  org_already_under: '{{unit}} is already under {{parent}}.',
  org_already_result_unit: '{{unit}} is already a result unit.',
  org_already_not_result_unit: '{{unit}} is not a result unit, so there is nothing to change.',
  org_changes_again:
    '{{unit}} changes again on {{date}}. A reorganisation cannot change a unit before a later change to it.',
  org_changes_again_by:
    '{{unit}} changes again on {{date}} ("{{title}}"). A reorganisation cannot change a unit before a later change to it.',
  org_closes_later:
    '{{unit}} already closes after {{lastDay}} in a later reorganisation and cannot also close earlier.',
  org_later_reorganisation: '{{unit}} takes part in a later reorganisation on {{date}}.',
  org_opens_same_day: '{{unit}} opens on {{date}} and cannot close the same day.',
  org_parent_closed_by_change:
    '{{unit}} cannot be placed under {{parent}}: change {{change}} closes {{parent}}.',
  org_parent_closed_later:
    '{{unit}} would be left under {{parent}}, which is closed from {{date}}.',
  org_close_with_children:
    '{{parent}} cannot close while {{unit}} under it stays open. Move or close {{unit}} too.',
  org_close_with_later_children:
    '{{parent}} cannot close: a later reorganisation places {{unit}} under it from {{date}}.',
  org_orphan: '{{unit}} would be left without a parent unit on {{date}}.',
  org_cycle: '{{unit}} cannot be placed under {{parent}}: {{parent}} lies below {{unit}}.',
  org_cycle_later:
    '{{unit}} cannot be placed under {{parent}}: {{parent}} lies below {{unit}} from {{date}}.',
  org_loop: '{{units}} would lie under one another in a loop.',
  org_loop_later: '{{units}} would lie under one another in a loop from {{date}}.',
  people_role_takes_no_unit: 'The role {{role}} covers the whole organisation; choose no unit.',
  people_role_needs_unit: 'The role {{role}} is granted on a unit; choose one.',
  people_unknown_unit: 'The unit does not exist.',
  endings: {
    closed: 'be closed',
    merged: 'be merged',
    split: 'be split up',
    replaced: 'be replaced',
  },
  updates: {
    renamed: 'be renamed',
    moved: 'be moved',
    flagged: 'have its result-unit flag changed',
  },
};
