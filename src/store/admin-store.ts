// Setting up clinics and their staff accounts: each write runs scoped to the clinic it creates or changes.

import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { defaultSettings } from "../clinical/index.ts";
import { toUser } from "./accounts.ts";
import { toClinic } from "./clinic-scope.ts";
import { isUniqueViolation, StoreError } from "./errors.ts";
import { clinics, users } from "./schema-accounts.ts";
import type { AdminStore } from "./store.ts";
import { type Db, isUuid, withTenancy } from "./tenancy.ts";

const noClinic = () => new StoreError("not-found", "No such clinic.");

export function adminStore(db: Db): AdminStore {
  return {
    async createClinic(name) {
      const id = randomUUID();
      const [row] = await withTenancy(db, { clinicId: id }, (tx) =>
        tx.insert(clinics).values({ id, name, settings: defaultSettings }).returning(),
      ).catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new StoreError("conflict", "A clinic with this name already exists.")
          : error;
      });
      if (row === undefined) throw new Error("clinic insert returned no row");
      return toClinic(row);
    },
    async findClinicByName(name) {
      const [row] = await withTenancy(db, { scope: "auth" }, (tx) =>
        tx.select().from(clinics).where(eq(clinics.name, name)),
      );
      return row === undefined ? null : toClinic(row);
    },
    async createUser(input) {
      if (!isUuid(input.clinicId)) throw noClinic();
      const [row] = await withTenancy(db, { clinicId: input.clinicId }, async (tx) => {
        const [clinic] = await tx.select({ id: clinics.id }).from(clinics);
        if (clinic === undefined) throw noClinic();
        return tx.insert(users).values(input).returning();
      }).catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new StoreError("conflict", "A user with this e-mail address already exists.")
          : error;
      });
      if (row === undefined) throw new Error("user insert returned no row");
      return toUser(row);
    },
    async setClinicRequireMfa(clinicId, required) {
      if (!isUuid(clinicId)) throw noClinic();
      const updated = await withTenancy(db, { clinicId }, (tx) =>
        tx
          .update(clinics)
          .set({ requireMfa: required })
          .where(eq(clinics.id, clinicId))
          .returning({ id: clinics.id }),
      );
      if (updated.length === 0) throw noClinic();
    },
  };
}
