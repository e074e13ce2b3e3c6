CREATE TABLE "economy_area_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"goal_id" uuid,
	"indicator_id" uuid,
	"counts_output" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "economy_area_links_goal_unique" UNIQUE("area_id","goal_id"),
	CONSTRAINT "economy_area_links_indicator_unique" UNIQUE("area_id","indicator_id"),
	CONSTRAINT "economy_area_links_one_target" CHECK (("economy_area_links"."goal_id" is null) <> ("economy_area_links"."indicator_id" is null)),
	CONSTRAINT "economy_area_links_output_is_indicator" CHECK (not "economy_area_links"."counts_output" or "economy_area_links"."indicator_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "indicator_outcomes" ADD COLUMN "computed" jsonb;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "formula" jsonb;--> statement-breakpoint
ALTER TABLE "economy_area_links" ADD CONSTRAINT "economy_area_links_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_area_links" ADD CONSTRAINT "economy_area_links_area_id_economy_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."economy_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_area_links" ADD CONSTRAINT "economy_area_links_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_area_links" ADD CONSTRAINT "economy_area_links_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_area_links" ADD CONSTRAINT "economy_area_links_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "economy_area_links_area_idx" ON "economy_area_links" USING btree ("tenant_id","area_id");