CREATE TABLE "indicator_previous_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"value" numeric,
	"value_women" numeric,
	"value_men" numeric,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_previous_outcomes_unique" UNIQUE("indicator_id","unit_id","period_id")
);
--> statement-breakpoint
ALTER TABLE "indicator_previous_outcomes" ADD CONSTRAINT "indicator_previous_outcomes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_previous_outcomes" ADD CONSTRAINT "indicator_previous_outcomes_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_previous_outcomes" ADD CONSTRAINT "indicator_previous_outcomes_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_previous_outcomes" ADD CONSTRAINT "indicator_previous_outcomes_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_previous_outcomes" ADD CONSTRAINT "indicator_previous_outcomes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_previous_outcomes_period_idx" ON "indicator_previous_outcomes" USING btree ("tenant_id","period_id","unit_id");