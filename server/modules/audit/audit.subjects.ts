import { sql, type SQL } from 'drizzle-orm';
import { activitiesTable } from '#server/modules/activities/activities.table.ts';
import { goalsTable } from '#server/modules/goals/goals.table.ts';
import { indicatorsTable } from '#server/modules/indicators/indicators.table.ts';
import { orgUnitVersionsTable } from '#server/modules/org/org.table.ts';
import { usersTable } from '#server/modules/people/people.table.ts';
import { periodsTable } from '#server/modules/years/years.table.ts';
import { auditLogTable as log } from './audit.table.ts';

/**
 * SQL that names what an entry is about, for a controller who reads the log: the goal's number
 * and title, the indicator's or activity's name, the user's name, and for a report's rows the
 * report ("Kommunstyrelsen – Verksamhetsberättelse 2015"). Evaluated per returned row only,
 * each a lookup by primary key; an id that is not a uuid (or no longer resolves) names nothing.
 */
const UUID = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
const asUuid = (text: SQL) => sql`(case when ${text} ~ ${UUID} then (${text})::uuid end)`;
const entityUuid = asUuid(sql`${log.entityId}`);

const entityIn = (entities: readonly string[]) =>
  sql`${log.entity} in (${sql.join(
    entities.map((e) => sql`${e}`),
    sql`, `,
  )})`;

/** Entities whose id is the id of a report's unit and period: "unitId/periodId[/chapter]". */
const slashEntities = ['unit_report', 'report_chapter_text', 'report_document'] as const;

const placePart = (field: 'unitId' | 'periodId', part: 1 | 2) =>
  sql`coalesce(${log.after}->>${field}, ${log.before}->>${field}, case when ${entityIn(
    slashEntities,
  )} then nullif(split_part(${log.entityId}, '/', ${part}), '') end)`;

/** The unit and period of the report an entry belongs to, as text (null: not a report's row). */
export const reportUnit = placePart('unitId', 1);
export const reportPeriod = placePart('periodId', 2);

const unitName = (unitId: SQL) =>
  sql`(select ${orgUnitVersionsTable.name} from ${orgUnitVersionsTable}
    where ${orgUnitVersionsTable.tenantId} = ${log.tenantId}
      and ${orgUnitVersionsTable.unitId} = ${asUuid(unitId)}
    order by ${orgUnitVersionsTable.validFrom} desc limit 1)`;

const periodName = sql`(select ${periodsTable.name} from ${periodsTable}
    where ${periodsTable.tenantId} = ${log.tenantId} and ${periodsTable.id} = ${asUuid(reportPeriod)})`;

const nameOf = (table: SQL, name: SQL, id: SQL, tenant: SQL) =>
  sql`(select ${name} from ${table} where ${tenant} = ${log.tenantId} and ${id} = ${entityUuid})`;

export const subjectName = sql<string | null>`case
  when ${entityIn(['goal', 'goal_assessment', 'goal_assignment'])} then ${nameOf(
    sql`${goalsTable}`,
    sql`concat_ws(' ', ${goalsTable.number}, ${goalsTable.title})`,
    sql`${goalsTable.id}`,
    sql`${goalsTable.tenantId}`,
  )}
  when ${entityIn(['indicator', 'indicator_outcome', 'indicator_previous_outcome', 'indicator_target'])} then ${nameOf(
    sql`${indicatorsTable}`,
    sql`${indicatorsTable.name}`,
    sql`${indicatorsTable.id}`,
    sql`${indicatorsTable.tenantId}`,
  )}
  when ${entityIn(['activity', 'activity_report'])} then ${nameOf(
    sql`${activitiesTable}`,
    sql`${activitiesTable.title}`,
    sql`${activitiesTable.id}`,
    sql`${activitiesTable.tenantId}`,
  )}
  when ${log.entity} = 'user' then ${nameOf(
    sql`${usersTable}`,
    sql`${usersTable.name}`,
    sql`${usersTable.id}`,
    sql`${usersTable.tenantId}`,
  )}
  when ${log.entity} = 'org_unit' then ${unitName(sql`${log.entityId}`)}
end`;

export const reportName = sql<string | null>`case
  when ${reportUnit} is not null and ${reportPeriod} is not null
  then nullif(concat_ws(' – ', ${unitName(reportUnit)}, ${periodName}), '')
end`;
