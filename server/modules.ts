import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';
import { registerActivitiesRoutes } from './modules/activities/activities.routes.ts';
import { registerAuditRoutes } from './modules/audit/audit.routes.ts';
import { registerEconomyRoutes } from './modules/economy/economy.routes.ts';
import { registerEfficiencyRoutes } from './modules/efficiency/efficiency.routes.ts';
import { registerYearExchangeRoutes } from './modules/years/exchange/years.exchange.routes.ts';
import { registerHealthRoutes } from './modules/health/health.routes.ts';
import { registerIndicatorsRoutes } from './modules/indicators/indicators.routes.ts';
import { registerOrgRoutes } from './modules/org/org.routes.ts';
import { registerGoalsRoutes } from './modules/goals/goals.routes.ts';
import { registerGoalLevelsRoutes } from './modules/goals/levels/goals.levels.routes.ts';
import { registerPeopleRoutes } from './modules/people/people.routes.ts';
import { registerYearsRoutes } from './modules/years/years.routes.ts';
import { registerPortalRoutes } from './modules/portal/portal.routes.ts';
import { registerFollowupRoutes } from './modules/followup/followup.routes.ts';
import { registerReportCommentsRoutes } from './modules/followup/comments/followup.comments.routes.ts';
import { registerStartRoutes } from './modules/start/start.routes.ts';
import { registerReportsRoutes } from './modules/reports/reports.routes.ts';
import { registerNotificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { registerYearRolloverRoutes } from './modules/years/rollover/years.rollover.routes.ts';
import { registerInternalControlRoutes } from './modules/internal-control/internal-control.routes.ts';

/** Every module's routes, on one screen; nothing is loaded by magic. */
export function registerModules(app: FastifyInstance, ctx: AppContext): void {
  registerHealthRoutes(app, ctx);
  registerPeopleRoutes(app, ctx);
  registerOrgRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerYearsRoutes(app, ctx);
  registerGoalsRoutes(app, ctx);
  registerGoalLevelsRoutes(app, ctx);
  registerIndicatorsRoutes(app, ctx);
  registerActivitiesRoutes(app, ctx);
  registerFollowupRoutes(app, ctx);
  registerReportCommentsRoutes(app, ctx);
  registerYearExchangeRoutes(app, ctx);
  registerYearRolloverRoutes(app, ctx);
  registerEconomyRoutes(app, ctx);
  registerEfficiencyRoutes(app, ctx);
  registerPortalRoutes(app, ctx);
  registerStartRoutes(app, ctx);
  registerReportsRoutes(app, ctx);
  registerNotificationsRoutes(app, ctx);
  registerInternalControlRoutes(app, ctx);
}
