CREATE TABLE "decision_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"diarienummer" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"proposal_intro" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"background" text DEFAULT '' NOT NULL,
	"report_date" date,
	"rapporteur_name" text DEFAULT '' NOT NULL,
	"rapporteur_title" text DEFAULT '' NOT NULL,
	"preparation" jsonb NOT NULL,
	"proposals" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_on" date,
	"decision_body" text,
	"outcomes" jsonb,
	"decision_version" integer DEFAULT 0 NOT NULL,
	"decision_by" uuid,
	"decision_at" timestamp with time zone,
	CONSTRAINT "decision_cases_unique" UNIQUE("tenant_id","unit_id","period_id")
);
--> statement-breakpoint
CREATE TABLE "decision_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"forum" text DEFAULT '' NOT NULL,
	"members" jsonb NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"refers_to" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "decision_cases" ADD CONSTRAINT "decision_cases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_cases" ADD CONSTRAINT "decision_cases_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_cases" ADD CONSTRAINT "decision_cases_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_cases" ADD CONSTRAINT "decision_cases_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_cases" ADD CONSTRAINT "decision_cases_decision_by_users_id_fk" FOREIGN KEY ("decision_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_statements" ADD CONSTRAINT "decision_statements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_statements" ADD CONSTRAINT "decision_statements_case_id_decision_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."decision_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_statements" ADD CONSTRAINT "decision_statements_refers_to_decision_statements_id_fk" FOREIGN KEY ("refers_to") REFERENCES "public"."decision_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_statements" ADD CONSTRAINT "decision_statements_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_cases_unit_idx" ON "decision_cases" USING btree ("tenant_id","unit_id");--> statement-breakpoint
CREATE INDEX "decision_statements_case_idx" ON "decision_statements" USING btree ("tenant_id","case_id","position");