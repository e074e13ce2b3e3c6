CREATE TABLE "carry_over_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"economy_year_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"purpose" text NOT NULL,
	"category" text NOT NULL,
	"amount" numeric(17, 2) NOT NULL,
	"decision_ref" text,
	"amount_in_decision" numeric(17, 2)
);
--> statement-breakpoint
CREATE TABLE "economy_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"economy_year_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"parent_id" uuid,
	"kind" text DEFAULT 'operating' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "economy_areas_unique" UNIQUE("economy_year_id","name")
);
--> statement-breakpoint
CREATE TABLE "economy_forecasts" (
	"tenant_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"amount" numeric(17, 2) NOT NULL,
	CONSTRAINT "economy_forecasts_line_id_period_id_pk" PRIMARY KEY("line_id","period_id")
);
--> statement-breakpoint
CREATE TABLE "economy_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"original_budget" numeric(17, 2),
	"adjusted_budget" numeric(17, 2),
	"outcome" numeric(17, 2),
	"previous_year_outcome" numeric(17, 2),
	"printed_deviation" numeric(17, 2),
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "economy_lines_unique" UNIQUE("area_id","kind")
);
--> statement-breakpoint
CREATE TABLE "economy_printed_totals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"economy_year_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"kind" text NOT NULL,
	"original_budget" numeric(17, 2),
	"adjusted_budget" numeric(17, 2),
	"outcome" numeric(17, 2),
	"previous_year_outcome" numeric(17, 2),
	"deviation" numeric(17, 2),
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "economy_printed_totals_unique" UNIQUE("economy_year_id","scope","kind")
);
--> statement-breakpoint
CREATE TABLE "economy_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year_id" uuid NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"sign_convention" text DEFAULT 'revenue_negative' NOT NULL,
	"display_unit" text DEFAULT 'mnkr' NOT NULL,
	"decimals" integer DEFAULT 1 NOT NULL,
	"carry_over_total" numeric(17, 2),
	"version" integer DEFAULT 1 NOT NULL,
	"carry_over_version" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "economy_years_unique" UNIQUE("unit_id","year_id")
);
--> statement-breakpoint
CREATE TABLE "result_funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year_id" uuid NOT NULL,
	"turnover" numeric(17, 2),
	"budget" numeric(17, 2),
	"cap_base" text DEFAULT 'turnover' NOT NULL,
	"result_before_disposition" numeric(17, 2),
	"opening" numeric(17, 2),
	"surplus_own_action" numeric(17, 2),
	"used" numeric(17, 2),
	"closing" numeric(17, 2),
	"closing_share_of_base" numeric(10, 4),
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "result_funds_unique" UNIQUE("unit_id","year_id")
);
--> statement-breakpoint
ALTER TABLE "carry_over_requests" ADD CONSTRAINT "carry_over_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carry_over_requests" ADD CONSTRAINT "carry_over_requests_economy_year_id_economy_years_id_fk" FOREIGN KEY ("economy_year_id") REFERENCES "public"."economy_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_areas" ADD CONSTRAINT "economy_areas_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_areas" ADD CONSTRAINT "economy_areas_economy_year_id_economy_years_id_fk" FOREIGN KEY ("economy_year_id") REFERENCES "public"."economy_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_areas" ADD CONSTRAINT "economy_areas_parent_id_economy_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."economy_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_forecasts" ADD CONSTRAINT "economy_forecasts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_forecasts" ADD CONSTRAINT "economy_forecasts_line_id_economy_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."economy_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_forecasts" ADD CONSTRAINT "economy_forecasts_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_lines" ADD CONSTRAINT "economy_lines_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_lines" ADD CONSTRAINT "economy_lines_area_id_economy_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."economy_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_lines" ADD CONSTRAINT "economy_lines_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_printed_totals" ADD CONSTRAINT "economy_printed_totals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_printed_totals" ADD CONSTRAINT "economy_printed_totals_economy_year_id_economy_years_id_fk" FOREIGN KEY ("economy_year_id") REFERENCES "public"."economy_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_years" ADD CONSTRAINT "economy_years_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_years" ADD CONSTRAINT "economy_years_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_years" ADD CONSTRAINT "economy_years_year_id_budget_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."budget_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_years" ADD CONSTRAINT "economy_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_funds" ADD CONSTRAINT "result_funds_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_funds" ADD CONSTRAINT "result_funds_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_funds" ADD CONSTRAINT "result_funds_year_id_budget_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."budget_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_funds" ADD CONSTRAINT "result_funds_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carry_over_requests_year_idx" ON "carry_over_requests" USING btree ("tenant_id","economy_year_id","position");--> statement-breakpoint
CREATE INDEX "economy_areas_tenant_idx" ON "economy_areas" USING btree ("tenant_id","economy_year_id");--> statement-breakpoint
CREATE INDEX "economy_forecasts_period_idx" ON "economy_forecasts" USING btree ("tenant_id","period_id");--> statement-breakpoint
CREATE INDEX "economy_lines_tenant_idx" ON "economy_lines" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "economy_years_year_idx" ON "economy_years" USING btree ("tenant_id","year_id");--> statement-breakpoint
CREATE INDEX "result_funds_year_idx" ON "result_funds" USING btree ("tenant_id","year_id");