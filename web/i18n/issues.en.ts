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
  invalid_characters:
    'The text contains characters that cannot be stored (NUL or a lone surrogate).',
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
  people_password_guessable:
    'The password is too easy to guess (common, repeated, sequential or naming the service). Choose another, a sentence works well.',
  followup_decimal: 'Give a number with a point as decimal sign, e.g. 94.18.',
  followup_period_key: 'Give 1–8 capital letters or digits, e.g. T1 or VB.',
  followup_year: 'Give a year between 1900 and 2199.',
  followup_listed_twice: 'Already in the list.',
  followup_before_start: 'The end must not be before the start.',
  followup_outside_year: 'The date must be in {{year}}.',
  followup_deadline_before_end: 'The deadline must not be before the end of the period.',
  followup_top_level_has_no_parent: 'A goal at this level has no goals above it.',
  followup_needs_parent: 'Choose at least one goal one level up that this goal serves.',
  followup_unknown_goal: 'The goal does not exist.',
  followup_goal_of_other_year: 'The goal belongs to {{year}}, not to this year.',
  followup_parent_wrong_level: 'The goal above must be one level up the cascade.',
  followup_unknown_unit: 'The unit does not exist in the organisation.',
  followup_target_required: 'Give the target value.',
  followup_target_not_allowed: 'Leave the target empty when it is not a value.',
  followup_negative: 'Must not be negative.',
  followup_not_assessed: 'Goals at this level are not assessed; leave the assessment empty.',
  followup_reason_required: 'Say why.',
  followup_assessment_missing: 'The goal “{{goal}}” has no assessment.',
  followup_justification_missing:
    'The assessment of “{{goal}}” is more positive than the evidence and needs a justification.',
  followup_chapter_missing:
    'The chapter “{{chapter}}” is required by the template and has no text.',
  followup_adoption_date_required: 'Give the date of the committee’s decision.',
  followup_missing_reason_required:
    '{{count}} items are still missing: say why the report goes ahead anyway.',
  followup_mention_unknown: 'Only people with access to the unit can be mentioned.',
  followup_comment_target_unknown: 'Pick a goal, indicator or activity of the report.',
  followup_date_in_future: 'The date must not be in the future.',
  followup_wrong_state: 'The report is not in a state where this step can be taken.',
  goals_level_not_in_use: 'The year does not use this goal level; choose a level in use.',
  goals_no_level_in_use: 'At least one goal level must be in use.',
  goals_level_has_goals:
    'The level {{level}} has {{count}} goals this year (for example “{{example}}”); move or remove them first.',
  goals_assign_council_goal: 'Only a goal at the council goals’ level can be given to a committee.',
  goals_level_carries_no_indicators:
    'The goal level {{name}} carries no indicators in {{year}}; link the indicator to a goal of a level that carries indicators, or change the year’s goal levels first.',
  goals_level_has_indicators:
    'The level {{level}} has {{count}} goals with indicators this year (for example “{{example}}”); unlink the indicators first.',
  economy_money:
    'Give an amount in kronor with a point as decimal sign, such as 1405300000 or -12.50 (at most two decimals).',
  economy_positive_amount: 'Give an amount above zero.',
  economy_not_negative: 'The amount must not be negative.',
  economy_percent: 'Give a percentage such as 10 or 94.18.',
  economy_not_xlsx: 'The file could not be read as an Excel workbook: {{reason}}',
  economy_not_csv: 'The file could not be read as CSV: {{reason}}',
  economy_no_sheets: 'The file has no sheets.',
  economy_no_such_unit: 'There is no unit "{{unit}}" at the end of {{year}}.',
  economy_unit_ambiguous:
    'Several units are called "{{unit}}" at the end of {{year}}. Give the unit’s id.',
  economy_other_unit: 'The file is for {{unit}}, not the unit it was uploaded for.',
  economy_other_year: 'The file is for {{year}}, not {{expected}}.',
  economy_year_missing: 'The budget year {{year}} does not exist. Add it first.',
  economy_changes_areas:
    'The file changes the table’s areas of activity (new: {{created}}; removed: {{deleted}}; changed: {{updated}}); that needs permission to change the model. Nothing was saved.',
  economy_changes_settings:
    'The file changes the table’s settings or the order of its areas; that needs permission to change the model. Nothing was saved.',
  economy_total_typed_as_area:
    'Row {{row}}: “{{area}}” is labelled as a total but read as an area of activity. It is not checked as a total and is added into the totals.',
  economy_year_difference:
    'Row {{row}} ({{area}}): “Differens mellan åren” is printed as {{printed}}, but this year’s outcome less last year’s is {{computed}}.',
  economy_column_scale:
    'Column “{{column}}” is about {{factor}} times “{{other}}” on {{rows}} of {{of}} rows. Is it in another unit (mnkr in a tkr file)?',
  economy_revenue_sign:
    '{{rows}} of {{of}} revenues have the sign “{{suggested}}” gives, not “{{declared}}” as the file declares.',
  economy_deviation_sign:
    '{{rows}} of {{of}} printed deviations have their sign reversed under “{{declared}}”; they agree under {{suggested}}.',
  exchange_not_year_file: 'This is not a Rödtråd file of a unit’s year.',
  exchange_format_version:
    'The file has a version of the format this version of Rödtråd cannot read (it reads versions 1, 2, 3 and 4).',
  exchange_version_1_previous_outcomes:
    'Last year’s outcomes are part of version 2 of the format: set formatVersion to 2, or remove previousOutcomes.',
  exchange_version_3_field:
    'Goal levels, assigned goals, chapter texts and attachments are part of version 3 of the format: set formatVersion to 3, or remove the field.',
  exchange_version_4_field:
    'Internal control, staff figures and feedback are part of version 4 of the format: set formatVersion to 4, or remove the field.',
  exchange_controls_outside_plan:
    'The risk has controls but is not in the plan: set inPlan to true, or remove its controls.',
  exchange_has_internal_control:
    '{{unit}} already has an internal control in {{year}} ({{risks}} risks, or an adoption) other than the file’s. An import only adds an internal control where the unit has none.',
  exchange_staff_figures_differ:
    '{{unit}} already has other staff figures for {{year}}. An import only adds figures where the unit has none: change them in the app, or make the file’s the same.',
  exchange_feedback_differs:
    '{{unit}} already has other complaints, suggestions and surveys for {{year}}. An import only adds them where the unit has none: change them in the app, or make the file’s the same.',
  exchange_unknown_index:
    'There is no survey index called “{{index}}” in {{year}} here; its indices are {{indices}}. Use one of those names, or name the index in the year first.',
  exchange_levels_differ:
    'The file’s goal levels of {{year}} differ from this organisation’s at {{level}} ({{field}}): change the file’s levels to this organisation’s, or change the year’s goal levels here first.',
  exchange_assign_wrong_level:
    'Only a goal at the level above the committees’ goals ({{level}}) can be assigned to a unit: remove it from assignedGoals.',
  exchange_level_carries_no_indicators:
    'The goal {{goal}} stands at the level {{name}}, which carries no indicators in {{year}}: link the indicator to a goal of a level with indicators in goals, or change the year’s goal levels here first (carriesIndicators).',
  exchange_unknown_chapter:
    'The report template of {{period}} has no chapter “{{chapter}}” with a text; its chapters with texts are {{chapters}}. Use one of their keys, or add the chapter to the template first.',
  exchange_file_ref: 'A reference is 1–40 letters, digits, ".", "_" or "-", e.g. g12.',
  exchange_no_such_unit:
    'There is no unit called "{{unit}}" in the organisation on {{date}}. Name the unit as it was called then, or open it first (org:open, or a reorganisation).',
  exchange_unit_ambiguous:
    'Several units are called "{{unit}}" on {{date}}. Give the unit’s id in the file.',
  exchange_ref_taken:
    'The reference "{{ref}}" is already used by {{first}}. Give each its own reference.',
  exchange_unknown_period:
    'The file has no period {{period}}. Use one of the file’s periods, or add the period to periods.',
  exchange_unknown_goal:
    'The file has no goal with the reference "{{ref}}". Use the reference of one of the file’s goals, or add the goal.',
  exchange_not_gender_split: 'Leave this empty: the indicator is not divided by women and men.',
  exchange_computed_without_formula:
    'The outcome is marked computed, but the indicator has no formula in the file. Add the formula, or remove computed.',
  exchange_computed_not_annual:
    'Only the year’s outcome (the annual report) is computed from the economy, not the outcome of {{period}}. Remove computed.',
  exchange_formula_differs:
    'The indicator “{{indicator}}” is already in {{year}}, but it is computed by another formula or reported by hand. An import does not change what is there.',
  exchange_outcome_computed:
    'The indicator “{{indicator}}” is computed from the economy here ({{formula}}) and cannot take a typed outcome. Mark the outcome computed or leave it out of the file.',
  exchange_indicator_outside_report:
    'The indicator measures none of the goals of {{unit}} or the goals above them. Link it to one of them (goals), or leave it out of the file.',
  exchange_not_responsible:
    '{{unit}} is neither responsible nor co-responsible for the activity. Name {{unit}} in coResponsible, or leave the activity out of the file.',
  exchange_co_responsible_twice:
    'The unit is already co-responsible ({{first}}). Name each unit once.',
  exchange_goal_outside_report:
    'The goal is not in the report of {{unit}}, which has only the unit’s own goals and the goals above them. Leave the assessment out of the file.',
  exchange_goal_differs:
    'The goal “{{goal}}” of {{unit}} is already in {{year}}, but its {{differences}} differ from the file’s. An import does not change what is there: make the file say what is there, or make the change in the app.',
  exchange_numbered_goal_differs:
    '{{level}} {{number}} of {{unit}} is already in {{year}} (“{{there}}”), but its {{differences}} differ from the file’s. An import does not change what is there: make the file say what is there, or make the change in the app.',
  exchange_activity_differs:
    'The activity “{{activity}}” is already in {{year}}, but its {{differences}} differ from the file’s. An import does not change what is there: make the file say what is there, or make the change in the app.',
  exchange_unit_has_other_goals:
    '{{unit}} already has goals in {{year}} that the file does not have ({{count}} in all), such as “{{example}}”. An import only adds a year where the unit has nothing.',
  exchange_unit_has_other_activities:
    '{{unit}} already has activities in {{year}} that the file does not have ({{count}} in all), such as “{{example}}”. An import only adds a year where the unit has nothing.',
  exchange_may_not_shape: 'You may not set up the goals, indicators and activities of {{unit}}.',
  exchange_may_not_report: 'You may not report the follow-up of {{unit}}.',
  exchange_year_missing:
    '{{year}} is not a budget year here yet, and only an administrator may add a budget year.',
  exchange_period_missing:
    'The budget year {{year}} has no period {{period}} here. Its periods are {{periods}}.',
  exchange_period_dates_differ: 'Here {{period}} {{year}} runs from {{startsOn}} to {{endsOn}}.',
  exchange_report_not_draft:
    'The report of {{unit}} for {{period}} is “{{status}}”, no longer a draft. It must be reopened before the file can be imported.',
  exchange_has_followup:
    '{{unit}} already has follow-up in {{year}} (targets: {{targets}}, outcomes: {{outcomes}}, entered previous-year outcomes: {{previousOutcomes}}, assessments: {{assessments}}, activity reports: {{activityReports}}, chapter texts: {{chapterTexts}}). An import only adds a year where the unit has nothing.',
  rollover_unknown_goal: 'There is no such goal in {{year}}.',
  rollover_unknown_activity: 'There is no such activity in {{year}}.',
  rollover_no_goals: 'The budget year {{year}} has no goals to roll over.',
  rollover_year_not_empty:
    'The budget year {{year}} already has goals or activities. A rollover only fills an empty year.',
  rollover_parents_dropped:
    'Every goal above it is left behind ({{goals}}). Leave this goal behind too, or keep one of them.',
  rollover_owner_closed:
    '{{unit}} no longer exists in {{year}}. Choose the unit that owns the goal in {{year}}, or leave the goal behind.',
  rollover_number_taken: 'The number {{number}} is already used by “{{title}}” in the new year.',
  rollover_ends_before_start: 'The end date must not be before the start date, {{startsOn}}.',
  rollover_ends_before_year:
    'The activity must end in {{year}} or later. Leave the activity behind if it is not to be carried over.',
  rollover_goal_dropped: 'The activity’s goal is left behind. Leave the activity behind too.',
  rollover_goal_not_in_year: 'The activity’s goal does not belong to the budget year {{year}}.',
  rollover_responsible_closed:
    '{{unit}} no longer exists in {{year}}. Choose the responsible unit in {{year}}, or leave the activity behind.',
  templates_duplicate_key: 'The key {{key}} is used by two chapters.',
  templates_unknown_parent: 'The parent chapter {{key}} must come before this chapter.',
  templates_nested_parent:
    'The chapter {{key}} is itself a sub-chapter; choose a top-level chapter.',
  templates_kind_twice: 'A template has this kind of chapter only once.',
  decisions_outcomes_count: 'Give a decision for each of the {{expected}} proposals.',
  decisions_amended_needs_text: 'Write how the proposal was amended.',
  decisions_statement_empty: 'Write the statement’s text or choose the statement it refers to.',
  decisions_reference_unknown: 'The statement referred to does not exist.',
  decisions_reference_self: 'A statement cannot refer to itself.',
  decisions_reference_cycle: 'The reference would go round in a circle back to this statement.',
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
  differences: {
    description: 'description',
    heading: 'heading',
    title: 'wording',
    parents: 'goals above',
    dates: 'dates',
    coResponsible: 'co-responsible units',
  },
};
