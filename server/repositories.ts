import type { Db } from './db/client.ts';
import { createActivitiesRepository } from './modules/activities/activities.repository.ts';
import { createAuditRepository } from './modules/audit/audit.repository.ts';
import { createEconomyRepository } from './modules/economy/economy.repository.ts';
import { createExchangeRepository } from './modules/years/exchange/years.exchange.repository.ts';
import { createEfficiencyRepository } from './modules/efficiency/efficiency.repository.ts';
import { createGoalsRepository } from './modules/goals/goals.repository.ts';
import { createGoalLevelsRepository } from './modules/goals/levels/goals.levels.repository.ts';
import { createIndicatorsRepository } from './modules/indicators/indicators.repository.ts';
import { createOrgRepository } from './modules/org/org.repository.ts';
import { createPeopleRepository } from './modules/people/people.repository.ts';
import { createYearsRepository } from './modules/years/years.repository.ts';
import { createFollowupRepository } from './modules/followup/followup.repository.ts';
import { createReportCommentsRepository } from './modules/followup/comments/followup.comments.repository.ts';
import { createRollUpRepository } from './modules/followup/rollup/followup.rollup.repository.ts';
import { createRolloverRepository } from './modules/years/rollover/years.rollover.repository.ts';
import { createReportsRepository } from './modules/reports/reports.repository.ts';
import { createTenantsRepository } from './modules/tenants/tenants.repository.ts';
import { createNotificationsRepository } from './modules/notifications/notifications.repository.ts';
import { createDecisionsRepository } from './modules/decisions/decisions.repository.ts';
import { createHrRepository } from './modules/hr/hr.repository.ts';
import { createFeedbackRepository } from './modules/feedback/feedback.repository.ts';
import { createDocumentsRepository } from './modules/documents/documents.repository.ts';
import { createInternalControlRepository } from './modules/internal-control/internal-control.repository.ts';
import { createCompassRepository } from './modules/compass/compass.repository.ts';
import { createCompilationsRepository } from './modules/documents/compilation/documents.compilation.repository.ts';

/** Every module's repository over one connection or transaction: what use cases are given. */
export function repositories(db: Db) {
  return {
    tenants: createTenantsRepository(db),
    people: createPeopleRepository(db),
    audit: createAuditRepository(db),
    org: createOrgRepository(db),
    years: createYearsRepository(db),
    goals: createGoalsRepository(db),
    goalLevels: createGoalLevelsRepository(db),
    indicators: createIndicatorsRepository(db),
    activities: createActivitiesRepository(db),
    followup: createFollowupRepository(db),
    rollUps: createRollUpRepository(db),
    reportComments: createReportCommentsRepository(db),
    rollover: createRolloverRepository(db),
    economy: createEconomyRepository(db),
    efficiency: createEfficiencyRepository(db),
    exchange: createExchangeRepository(db),
    reports: createReportsRepository(db),
    notifications: createNotificationsRepository(db),
    decisions: createDecisionsRepository(db),
    hr: createHrRepository(db),
    feedback: createFeedbackRepository(db),
    internalControl: createInternalControlRepository(db),
    compass: createCompassRepository(db),
    documents: createDocumentsRepository(db),
    compilations: createCompilationsRepository(db),
  };
}
export type Repositories = ReturnType<typeof repositories>;
