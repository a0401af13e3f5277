// Sign-in's lookups across clinics, each in its own short transaction under the narrow `auth` scope.

import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { toCredentials, toUser } from "./accounts.ts";
import { type Json, rowFromJson } from "./json-rows.ts";
import { authSessions, users } from "./schema-accounts.ts";
import type { AuthStore } from "./store.ts";
import { type Db, isUuid, type Tx, withTenancy } from "./tenancy.ts";

export function authStore(db: Db): AuthStore {
  const auth = <T>(fn: (tx: Tx) => Promise<T>) => withTenancy(db, { scope: "auth" }, fn);
  const setUser = async (userId: string, values: PgUpdateSetSource<typeof users>) => {
    if (!isUuid(userId)) return;
    await auth((tx) => tx.update(users).set(values).where(eq(users.id, userId)));
  };

  return {
    findCredentials: (email) =>
      auth(async (tx) => {
        const [row] = await tx
          .select()
          .from(users)
          .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
        return row === undefined ? null : toCredentials(row);
      }),
    recordLoginFailure: (userId, lockedUntil) =>
      setUser(userId, { failedAttempts: sql`${users.failedAttempts} + 1`, lockedUntil }),
    recordLoginSuccess: (userId) => setUser(userId, { failedAttempts: 0, lockedUntil: null }),
    setTotp: (userId, secret, enrolled) => setUser(userId, { totpSecret: secret, totpEnrolled: enrolled }),
    claimTotpStep: async (userId, step) => {
      if (!isUuid(userId)) return false;
      // One conditional UPDATE, so two requests racing with the same code cannot both win.
      const claimed = await auth((tx) =>
        tx
          .update(users)
          .set({ totpLastStep: step })
          .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
          .returning({ id: users.id }),
      );
      return claimed.length === 1;
    },
    createSession: (input) =>
      auth(async (tx) => {
        if (!isUuid(input.userId)) throw new Error("a session needs a user id");
        const [user] = await tx
          .select({ clinicId: users.clinicId })
          .from(users)
          .where(eq(users.id, input.userId));
        if (user === undefined) throw new Error("a session needs an existing user");
        await tx.insert(authSessions).values({
          id: input.id,
          clinicId: user.clinicId,
          userId: input.userId,
          expiresAt: input.expiresAt,
        });
      }),
    async touchSession(id, now, expiresAt, writeIfBefore) {
      // One statement (migration 0005): the scope, the lookup and the touch happen in the function.
      const { rows } = await db.execute<{ session: Json; account: Json }>(
        sql`select session, account from titrate_resume_session(${id}, ${now}, ${expiresAt}, ${writeIfBefore ?? null})`,
      );
      const [found] = rows;
      if (found === undefined) return null;
      const session = rowFromJson(authSessions, found.session);
      return {
        id: session.id,
        user: toUser(rowFromJson(users, found.account)),
        createdAt: session.createdAt,
        lastSeenAt: session.lastSeenAt,
        expiresAt: session.expiresAt,
      };
    },
    revokeSession: (id) =>
      auth(async (tx) => {
        await tx
          .update(authSessions)
          .set({ revokedAt: sql`now()` })
          .where(and(eq(authSessions.id, id), isNull(authSessions.revokedAt)));
      }),
    revokeUserSessions: async (userId) => {
      if (!isUuid(userId)) return;
      await auth((tx) =>
        tx
          .update(authSessions)
          .set({ revokedAt: sql`now()` })
          .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt))),
      );
    },
  };
}
