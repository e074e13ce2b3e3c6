/**
 * The entities the modules audit, in the order the log's filter lists them; each has a Swedish
 * name in `audit.entities` (a test reads the server's sources to keep this list whole).
 */
export const auditedEntities = [
  'goal',
  'goal_assessment',
  'goal_assignment',
  'goal_levels',
  'indicator',
  'indicator_goal',
  'indicator_target',
  'indicator_outcome',
  'indicator_previous_outcome',
  'activity',
  'activity_report',
  'unit_report',
  'report_template',
  'report_chapter_text',
  'report_attachment',
  'report_comment',
  'economy_year',
  'economy_line',
  'economy_printed_total',
  'economy_area_links',
  'carry_over_requests',
  'result_fund',
  'investment_account',
  'balance_sheet',
  'budget_year',
  'unit_year',
  'rollover',
  'org_unit',
  'reorganisation',
  'tenant',
  'user',
  'role_grant',
  'session',
  'notification_settings',
  'internal_control_risk',
  'internal_control_control',
  'internal_control_follow_up',
  'internal_control_adoption',
] as const;

/** The actions that are about signing in and out, hidden unless the reader asks for them. */
export const sessionActions = ['login', 'logout', 'login_failed'] as const;
