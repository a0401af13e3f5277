CREATE TABLE "clinic_notification_settings" (
	"clinic_id" uuid PRIMARY KEY NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"on_call" text,
	"escalation_minutes" integer DEFAULT 30 NOT NULL,
	"link_expiry_hours" integer DEFAULT 72 NOT NULL,
	"show_classification" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_report_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"link_id" uuid,
	"findings" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "self_report_alerts_ack_check" CHECK (("self_report_alerts"."acknowledged_at" is null) = ("self_report_alerts"."acknowledged_by" is null) and ("self_report_alerts"."acknowledged_at" is null) = ("self_report_alerts"."note" is null))
);
--> statement-breakpoint
CREATE TABLE "self_report_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"course_id" uuid,
	"modality" text,
	"token_hash" text NOT NULL,
	"forms" jsonb NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"receipt" jsonb,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "clinic_price_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinic_price_lists_version_key" UNIQUE("clinic_id","version")
);
--> statement-breakpoint
CREATE TABLE "intake_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"data" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_versions_patient_version_key" UNIQUE("clinic_id","patient_id","version")
);
--> statement-breakpoint
CREATE TABLE "pathway_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"intake_version" integer NOT NULL,
	"pathway" text NOT NULL,
	"course_id" uuid NOT NULL,
	"details" jsonb NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patient_coverage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"pathway" text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "patient_coverage_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"data" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_last_step" bigint;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "schedule" jsonb;--> statement-breakpoint
ALTER TABLE "clinic_notification_settings" ADD CONSTRAINT "clinic_notification_settings_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_report_alerts" ADD CONSTRAINT "self_report_alerts_patient_fkey" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_report_links" ADD CONSTRAINT "self_report_links_patient_fkey" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_price_lists" ADD CONSTRAINT "clinic_price_lists_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_versions" ADD CONSTRAINT "intake_versions_patient_fkey" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_decisions" ADD CONSTRAINT "pathway_decisions_patient_fkey" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_decisions" ADD CONSTRAINT "pathway_decisions_course_fkey" FOREIGN KEY ("clinic_id","course_id") REFERENCES "public"."courses"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_coverage" ADD CONSTRAINT "patient_coverage_patient_fkey" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_report_alerts_open_idx" ON "self_report_alerts" USING btree ("clinic_id","acknowledged_at");--> statement-breakpoint
CREATE UNIQUE INDEX "self_report_links_token_hash_key" ON "self_report_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "self_report_links_patient_idx" ON "self_report_links" USING btree ("clinic_id","patient_id");--> statement-breakpoint
CREATE INDEX "pathway_decisions_patient_idx" ON "pathway_decisions" USING btree ("clinic_id","patient_id");--> statement-breakpoint
CREATE INDEX "patient_coverage_patient_idx" ON "patient_coverage" USING btree ("clinic_id","patient_id","pathway");