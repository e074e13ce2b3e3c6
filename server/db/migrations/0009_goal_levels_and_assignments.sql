CREATE TABLE "goal_assignments" (
	"tenant_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "goal_assignments_goal_id_unit_id_pk" PRIMARY KEY("goal_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "goal_levels" (
	"tenant_id" uuid NOT NULL,
	"year_id" uuid NOT NULL,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"in_use" boolean NOT NULL,
	"assessed" boolean NOT NULL,
	"carries_indicators" boolean NOT NULL,
	CONSTRAINT "goal_levels_year_id_level_pk" PRIMARY KEY("year_id","level")
);
--> statement-breakpoint
ALTER TABLE "goal_assignments" ADD CONSTRAINT "goal_assignments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_assignments" ADD CONSTRAINT "goal_assignments_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_assignments" ADD CONSTRAINT "goal_assignments_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_levels" ADD CONSTRAINT "goal_levels_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_levels" ADD CONSTRAINT "goal_levels_year_id_budget_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."budget_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_assignments_unit_idx" ON "goal_assignments" USING btree ("tenant_id","unit_id");--> statement-breakpoint
CREATE INDEX "goal_levels_tenant_idx" ON "goal_levels" USING btree ("tenant_id");