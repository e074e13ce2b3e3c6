CREATE TABLE "compass_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"no" integer NOT NULL,
	"name" text NOT NULL,
	"section_name" text DEFAULT '' NOT NULL,
	"printed_achieved" integer,
	"printed_max" integer,
	"printed_percent" integer,
	"section_points" integer,
	CONSTRAINT "compass_areas_no_unique" UNIQUE("evaluation_id","no")
);
--> statement-breakpoint
CREATE TABLE "compass_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"held_in" text NOT NULL,
	"ordinal" integer,
	"model_version" text DEFAULT '' NOT NULL,
	"interviewees" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compass_evaluations_month_unique" UNIQUE("tenant_id","held_in")
);
--> statement-breakpoint
CREATE TABLE "compass_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"activity_id" uuid
);
--> statement-breakpoint
CREATE TABLE "compass_sub_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"no" text NOT NULL,
	"name" text NOT NULL,
	"achieved" integer NOT NULL,
	"max" integer NOT NULL,
	"printed_percent" integer,
	CONSTRAINT "compass_sub_areas_no_unique" UNIQUE("area_id","no")
);
--> statement-breakpoint
ALTER TABLE "compass_areas" ADD CONSTRAINT "compass_areas_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compass_areas" ADD CONSTRAINT "compass_areas_evaluation_id_compass_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."compass_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compass_evaluations" ADD CONSTRAINT "compass_evaluations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compass_evaluations" ADD CONSTRAINT "compass_evaluations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compass_points" ADD CONSTRAINT "compass_points_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compass_points" ADD CONSTRAINT "compass_points_area_id_compass_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."compass_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compass_points" ADD CONSTRAINT "compass_points_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compass_sub_areas" ADD CONSTRAINT "compass_sub_areas_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compass_sub_areas" ADD CONSTRAINT "compass_sub_areas_area_id_compass_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."compass_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compass_points_area_idx" ON "compass_points" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "compass_points_activity_idx" ON "compass_points" USING btree ("activity_id");