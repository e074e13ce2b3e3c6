// Every table of every module, for Drizzle's typed client and for drizzle-kit.
export * from '../modules/tenants/tenants.table.ts';
export * from '../modules/org/org.table.ts';
export * from '../modules/people/people.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/years/years.table.ts';
export * from '../modules/goals/goals.table.ts';
export * from '../modules/indicators/indicators.table.ts';
export * from '../modules/activities/activities.table.ts';
export * from '../modules/followup/followup.table.ts';
export * from '../modules/economy/economy.table.ts';
export * from '../modules/efficiency/efficiency.table.ts';
export * from '../modules/reports/reports.table.ts';
export * from '../modules/notifications/notifications.table.ts';
export * from '../modules/decisions/decisions.table.ts';
export * from '../modules/hr/hr.table.ts';
export * from '../modules/feedback/feedback.table.ts';
export * from '../modules/internal-control/internal-control.table.ts';
