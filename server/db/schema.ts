// Every table of every module, for Drizzle's typed client and for drizzle-kit.
export * from '../modules/tenants/tenants.table.ts';
export * from '../modules/org/org.table.ts';
export * from '../modules/people/people.table.ts';
export * from '../modules/audit/audit.table.ts';
