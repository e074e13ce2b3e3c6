CREATE TABLE "internal_control_adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year_id" uuid NOT NULL,
	"adopted_on" date NOT NULL,
	"adopted_by" text NOT NULL,
	"dnr" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internal_control_adoptions_unique" UNIQUE("unit_id","year_id")
);
--> statement-breakpoint
CREATE TABLE "internal_control_controls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"what" text NOT NULL,
	"method" text,
	"scope" text,
	"responsible" text,
	"timing" text,
	"report_period" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_control_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"control_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"performed" boolean NOT NULL,
	"result" text,
	"deviations" text,
	"measures" text,
	"measures_done" boolean DEFAULT false NOT NULL,
	"responsible" text,
	"date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internal_control_follow_ups_unique" UNIQUE("control_id","period_id")
);
--> statement-breakpoint
CREATE TABLE "internal_control_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"process" text NOT NULL,
	"description" text,
	"probability" integer,
	"consequence" integer,
	"in_plan" boolean DEFAULT false NOT NULL,
	"motivation" text,
	"previous_risk_id" uuid,
	"carried" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internal_control_risks_scales" CHECK (("internal_control_risks"."probability" is null or "internal_control_risks"."probability" between 1 and 4) and ("internal_control_risks"."consequence" is null or "internal_control_risks"."consequence" between 1 and 4))
);
--> statement-breakpoint
ALTER TABLE "internal_control_adoptions" ADD CONSTRAINT "internal_control_adoptions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_adoptions" ADD CONSTRAINT "internal_control_adoptions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_adoptions" ADD CONSTRAINT "internal_control_adoptions_year_id_budget_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."budget_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_adoptions" ADD CONSTRAINT "internal_control_adoptions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_controls" ADD CONSTRAINT "internal_control_controls_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_controls" ADD CONSTRAINT "internal_control_controls_risk_id_internal_control_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."internal_control_risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_controls" ADD CONSTRAINT "internal_control_controls_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_follow_ups" ADD CONSTRAINT "internal_control_follow_ups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_follow_ups" ADD CONSTRAINT "internal_control_follow_ups_control_id_internal_control_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."internal_control_controls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_follow_ups" ADD CONSTRAINT "internal_control_follow_ups_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_follow_ups" ADD CONSTRAINT "internal_control_follow_ups_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_risks" ADD CONSTRAINT "internal_control_risks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_risks" ADD CONSTRAINT "internal_control_risks_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_risks" ADD CONSTRAINT "internal_control_risks_year_id_budget_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."budget_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_risks" ADD CONSTRAINT "internal_control_risks_previous_risk_id_internal_control_risks_id_fk" FOREIGN KEY ("previous_risk_id") REFERENCES "public"."internal_control_risks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_risks" ADD CONSTRAINT "internal_control_risks_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "internal_control_controls_risk_idx" ON "internal_control_controls" USING btree ("tenant_id","risk_id");--> statement-breakpoint
CREATE INDEX "internal_control_follow_ups_tenant_idx" ON "internal_control_follow_ups" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "internal_control_risks_unit_idx" ON "internal_control_risks" USING btree ("tenant_id","unit_id","year_id");--> statement-breakpoint
CREATE INDEX "internal_control_risks_year_idx" ON "internal_control_risks" USING btree ("tenant_id","year_id");