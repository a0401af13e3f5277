// Safety alerts and the clinic's notification settings, inside one clinic's transaction.

import { and, asc, eq, isNull, type SQL } from "drizzle-orm";
import { clinicNotificationSettings, selfReportAlerts } from "./schema-self-report.ts";
import type { NotificationSettings, SafetyAlert } from "./self-report-types.ts";
import type { Actor } from "./store.ts";
import { isUuid, type Tx } from "./tenancy.ts";

export const defaultNotificationSettings: NotificationSettings = {
  recipients: [],
  onCall: null,
  escalationMinutes: 30,
  linkExpiryHours: 72,
  showClassification: false,
};

export function toAlert(row: typeof selfReportAlerts.$inferSelect): SafetyAlert {
  return {
    id: row.id,
    patientId: row.patientId,
    linkId: row.linkId,
    findings: row.findings,
    createdAt: row.createdAt,
    notifiedAt: row.notifiedAt,
    escalatedAt: row.escalatedAt,
    acknowledgedBy: row.acknowledgedBy,
    acknowledgedAt: row.acknowledgedAt,
    note: row.note,
  };
}

export async function listAlerts(
  tx: Tx,
  filter: { readonly patientId?: string; readonly open?: boolean },
): Promise<SafetyAlert[]> {
  const conditions: SQL[] = [];
  if (filter.patientId !== undefined) {
    if (!isUuid(filter.patientId)) return [];
    conditions.push(eq(selfReportAlerts.patientId, filter.patientId));
  }
  if (filter.open === true) conditions.push(isNull(selfReportAlerts.acknowledgedAt));
  const rows = await tx
    .select()
    .from(selfReportAlerts)
    .where(and(...conditions))
    .orderBy(asc(selfReportAlerts.createdAt));
  return rows.map(toAlert);
}

export async function acknowledgeAlert(
  tx: Tx,
  actor: Actor,
  id: string,
  note: string,
): Promise<SafetyAlert | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.select().from(selfReportAlerts).where(eq(selfReportAlerts.id, id)).for("update");
  if (row === undefined) return null;
  if (row.acknowledgedAt !== null) return toAlert(row);
  const [updated] = await tx
    .update(selfReportAlerts)
    .set({ acknowledgedAt: new Date(), acknowledgedBy: actor.userId, note })
    .where(eq(selfReportAlerts.id, id))
    .returning();
  return updated === undefined ? null : toAlert(updated);
}

export function toSettings(
  row: typeof clinicNotificationSettings.$inferSelect | undefined,
): NotificationSettings {
  if (row === undefined) return defaultNotificationSettings;
  return {
    recipients: row.recipients,
    onCall: row.onCall,
    escalationMinutes: row.escalationMinutes,
    linkExpiryHours: row.linkExpiryHours,
    showClassification: row.showClassification,
  };
}

export async function getNotificationSettings(tx: Tx, clinicId: string): Promise<NotificationSettings> {
  const [row] = await tx
    .select()
    .from(clinicNotificationSettings)
    .where(eq(clinicNotificationSettings.clinicId, clinicId));
  return toSettings(row);
}

export async function setNotificationSettings(
  tx: Tx,
  actor: Actor,
  settings: NotificationSettings,
): Promise<NotificationSettings> {
  const values = {
    ...settings,
    recipients: [...settings.recipients],
    updatedBy: actor.userId,
    updatedAt: new Date(),
  };
  const [row] = await tx
    .insert(clinicNotificationSettings)
    .values({ clinicId: actor.clinicId, ...values })
    .onConflictDoUpdate({ target: clinicNotificationSettings.clinicId, set: values })
    .returning();
  return toSettings(row);
}
