// The patient-link side of the store: find a link by token hash, save answers, submit once; the alert sweep.

import { and, asc, eq, isNull } from "drizzle-orm";
import { modalities } from "../clinical/index.ts";
import { getNotificationSettings, toAlert } from "./alert-repository.ts";
import { appendAudit } from "./audit-log.ts";
import { addCharted, listCharted } from "./clinical-repository.ts";
import { clinics } from "./schema-accounts.ts";
import { selfReportAlerts, selfReportLinks } from "./schema-self-report.ts";
import { toLink } from "./self-report-links.ts";
import type { PendingAlert, SelfReportReceipt, SelfReportStore } from "./self-report-types.ts";
import { type Db, isUuid, withTenancy } from "./tenancy.ts";

export function selfReportStore(db: Db): SelfReportStore {
  const inClinic = <T>(clinicId: string, fn: Parameters<typeof withTenancy<T>>[2]) =>
    withTenancy(db, { clinicId }, fn);
  return {
    async findLink(tokenHash) {
      const row = await withTenancy(db, { scope: "auth" }, async (tx) => {
        const [found] = await tx
          .select()
          .from(selfReportLinks)
          .where(eq(selfReportLinks.tokenHash, tokenHash));
        return found;
      });
      if (row === undefined) return null;
      const modality = modalities.find((m) => m === row.modality) ?? null;
      return { clinicId: row.clinicId, link: toLink(row), modality };
    },

    saveAnswer(clinicId, linkId, questionId, value) {
      return inClinic(clinicId, async (tx) => {
        const [row] = await tx
          .select()
          .from(selfReportLinks)
          .where(eq(selfReportLinks.id, linkId))
          .for("update");
        if (row === undefined || row.submittedAt !== null) return false;
        await tx
          .update(selfReportLinks)
          .set({ answers: { ...row.answers, [questionId]: value } })
          .where(eq(selfReportLinks.id, linkId));
        return true;
      });
    },

    submit(clinicId, linkId, submission, now) {
      return inClinic(clinicId, async (tx): Promise<SelfReportReceipt> => {
        const [row] = await tx
          .select()
          .from(selfReportLinks)
          .where(eq(selfReportLinks.id, linkId))
          .for("update");
        if (row === undefined) throw new Error("submitted link vanished");
        if (row.receipt !== null) return row.receipt;
        // The patient's answers are charted as measurements attributed to the staff member who sent the link.
        const sender = {
          userId: row.createdBy,
          clinicId,
          role: "nurse" as const,
          address: submission.address,
        };
        for (const m of submission.measurements)
          await addCharted(tx, sender, row.patientId, "measurements", m);
        let alertId: string | null = null;
        if (submission.findings.length > 0) {
          const [alert] = await tx
            .insert(selfReportAlerts)
            .values({
              clinicId,
              patientId: row.patientId,
              linkId,
              findings: [...submission.findings],
              createdAt: now,
            })
            .returning();
          alertId = alert?.id ?? null;
        }
        const receipt: SelfReportReceipt = {
          submittedAt: now.toISOString(),
          crisis: submission.crisis,
          dosingHold: submission.dosingHold,
          alertId,
        };
        await tx
          .update(selfReportLinks)
          .set({ receipt, submittedAt: now })
          .where(eq(selfReportLinks.id, linkId));
        const event = {
          clinicId,
          userId: null,
          role: null,
          address: submission.address,
          outcome: "success" as const,
        };
        await appendAudit(
          tx,
          { ...event, action: "self-report.submit", resource: "self-report-link", resourceId: linkId },
          now,
        );
        if (alertId !== null) {
          await appendAudit(
            tx,
            { ...event, action: "alerts.raise", resource: "alert", resourceId: alertId },
            now,
          );
        }
        return receipt;
      });
    },

    measurementsOf(clinicId, patientId) {
      return inClinic(clinicId, async (tx) =>
        (await listCharted(tx, patientId, "measurements")).map((m) => m.data),
      );
    },

    settingsOf(clinicId) {
      return inClinic(clinicId, (tx) => getNotificationSettings(tx, clinicId));
    },

    async pendingAlerts(now) {
      const ids = await withTenancy(db, { scope: "auth" }, (tx) =>
        tx.select({ id: clinics.id }).from(clinics),
      );
      const out: PendingAlert[] = [];
      for (const { id: clinicId } of ids) {
        await inClinic(clinicId, async (tx) => {
          const settings = await getNotificationSettings(tx, clinicId);
          const open = await tx
            .select()
            .from(selfReportAlerts)
            .where(isNull(selfReportAlerts.acknowledgedAt))
            .orderBy(asc(selfReportAlerts.createdAt));
          for (const row of open) {
            const overdue = now.getTime() - row.createdAt.getTime() >= settings.escalationMinutes * 60_000;
            if (row.notifiedAt === null || (overdue && row.escalatedAt === null)) {
              out.push({ clinicId, alert: toAlert(row), settings });
            }
          }
        });
      }
      return out;
    },

    async markNotified(clinicId, alertId, at) {
      if (!isUuid(alertId)) return;
      await inClinic(clinicId, (tx) =>
        tx.update(selfReportAlerts).set({ notifiedAt: at }).where(eq(selfReportAlerts.id, alertId)),
      );
    },

    async markEscalated(clinicId, alertId, at) {
      if (!isUuid(alertId)) return;
      await inClinic(clinicId, (tx) =>
        tx
          .update(selfReportAlerts)
          .set({ escalatedAt: at })
          .where(and(eq(selfReportAlerts.id, alertId), isNull(selfReportAlerts.escalatedAt))),
      );
    },
  };
}
