// Sign-in's lookups across clinics, each in its own short transaction under the narrow `auth` scope.

import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { toCredentials, toUser } from "./accounts.ts";
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
    touchSession: (id, now, expiresAt) =>
      auth(async (tx) => {
        const valid = and(
          eq(authSessions.id, id),
          isNull(authSessions.revokedAt),
          gt(authSessions.expiresAt, now),
        );
        // A deactivated account's sessions end with it.
        const [found] = await tx
          .select({ user: users })
          .from(authSessions)
          .innerJoin(users, eq(users.id, authSessions.userId))
          .where(and(valid, eq(users.active, true)));
        if (found === undefined) return null;
        const [session] = await tx
          .update(authSessions)
          .set({ lastSeenAt: now, expiresAt })
          .where(valid)
          .returning();
        if (session === undefined) return null;
        return {
          id: session.id,
          user: toUser(found.user),
          createdAt: session.createdAt,
          lastSeenAt: session.lastSeenAt,
          expiresAt: session.expiresAt,
        };
      }),
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
