CREATE TABLE "balance_sheet_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"economy_year_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"section" text NOT NULL,
	"label" text NOT NULL,
	"this_year" numeric(17, 2),
	"last_year" numeric(17, 2),
	"change" numeric(17, 2)
);
--> statement-breakpoint
CREATE TABLE "investment_account_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"economy_year_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"project_group" text,
	"name" text NOT NULL,
	"expenditure_limit" numeric(17, 2),
	"accumulated_outcome" numeric(17, 2),
	"accumulated_deviation" numeric(17, 2),
	"budget" numeric(17, 2),
	"outcome" numeric(17, 2),
	"deviation" numeric(17, 2)
);
--> statement-breakpoint
ALTER TABLE "economy_years" ADD COLUMN "investment_account_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "economy_years" ADD COLUMN "balance_sheet_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "balance_sheet_rows" ADD CONSTRAINT "balance_sheet_rows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "balance_sheet_rows" ADD CONSTRAINT "balance_sheet_rows_economy_year_id_economy_years_id_fk" FOREIGN KEY ("economy_year_id") REFERENCES "public"."economy_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_account_rows" ADD CONSTRAINT "investment_account_rows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_account_rows" ADD CONSTRAINT "investment_account_rows_economy_year_id_economy_years_id_fk" FOREIGN KEY ("economy_year_id") REFERENCES "public"."economy_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "balance_sheet_rows_year_idx" ON "balance_sheet_rows" USING btree ("tenant_id","economy_year_id","position");--> statement-breakpoint
CREATE INDEX "investment_account_rows_year_idx" ON "investment_account_rows" USING btree ("tenant_id","economy_year_id","position");