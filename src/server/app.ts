// buildApp: the HTTP app, wired from its dependencies (store, clock, config, log destination); it does not listen.

import type { IncomingMessage, ServerResponse } from "node:http";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger, type RawServerDefault } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Store } from "../store/store.ts";
import { enforceAccess, publicRoute } from "./access.ts";
import { loginRoutes } from "./auth/login-route.ts";
import { decoyHash } from "./auth/password.ts";
import { sessionCookie } from "./auth/sessions.ts";
import { totpRoutes } from "./auth/totp-routes.ts";
import type { ServerConfig } from "./config.ts";
import { type Clock, dateIn, type ServerDeps, type ZodApp } from "./context.ts";
import { installErrorHandling } from "./error-handler.ts";
import { AppError } from "./errors.ts";
import { createLogger, type LogOptions } from "./logging.ts";
import { type AlertSweeper, startAlertSweep } from "./notify/alert-sweep.ts";
import { channelsFrom, type NotificationChannel } from "./notify/channel.ts";
import { adminRoutes } from "./routes/admin.ts";
import { alertRoutes } from "./routes/alerts.ts";
import { assessmentRoutes } from "./routes/assessment.ts";
import { auditRoutes } from "./routes/audit.ts";
import { clinicalResourceRoutes } from "./routes/clinical-resources.ts";
import { coverageRoutes } from "./routes/coverage.ts";
import { decisionRoutes } from "./routes/decisions.ts";
import { documentRoutes } from "./routes/documents.ts";
import { healthRoutes } from "./routes/health.ts";
import { intakeRoutes } from "./routes/intake.ts";
import { patientRoutes } from "./routes/patients.ts";
import { selfReportRoutes } from "./routes/self-report.ts";
import { selfReportPublicRoutes } from "./routes/self-report-public.ts";
import { worklistRoutes } from "./routes/worklist.ts";
import { defaultWebRoot, hasWebApp, webStatic } from "./web-static.ts";

export interface AppOptions {
  readonly store: Store;
  /** Now, as the app sees it; tests move it to expire sessions and locks. Defaults to the system clock. */
  readonly clock?: Clock;
  readonly config: ServerConfig;
  readonly logger?: LogOptions;
  /** The built web app to serve beside the API; defaults to web/dist, null for the API alone. */
  readonly webRoot?: string | null;
  /** Where alert notices go; defaults to the channels the config names (SMTP, webhook). */
  readonly notificationChannels?: readonly NotificationChannel[];
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

function routes(api: ZodApp, deps: ServerDeps, sweeper: AlertSweeper): void {
  enforceAccess(api, deps);
  healthRoutes(api);
  loginRoutes(api, deps);
  totpRoutes(api, deps);
  patientRoutes(api, deps);
  clinicalResourceRoutes(api, deps);
  assessmentRoutes(api, deps);
  decisionRoutes(api, deps);
  documentRoutes(api, deps);
  intakeRoutes(api, deps);
  coverageRoutes(api, deps);
  auditRoutes(api, deps);
  adminRoutes(api, deps);
  selfReportRoutes(api, deps);
  selfReportPublicRoutes(api, deps, () => void sweeper.poke());
  alertRoutes(api, deps);
  worklistRoutes(api, deps);
  api.get("/api/openapi.json", { config: publicRoute, schema: { hide: true } }, async () => api.swagger());
}

export function buildApp(options: AppOptions): ZodApp {
  const { store, config } = options;
  const clock = options.clock ?? (() => new Date());
  const app = Fastify<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger>({
    loggerInstance: createLogger(options.logger),
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const deps: ServerDeps = {
    store,
    clock,
    config,
    today: () => dateIn(clock(), config.timeZone),
    decoyHash: once(decoyHash),
  };
  installErrorHandling(app, deps);
  // Made before the first sign-in, so the first unknown e-mail takes no longer than a wrong password.
  app.addHook("onReady", async () => {
    await deps.decoyHash();
  });

  app.register(helmet, {
    contentSecurityPolicy: {
      // Over plain http (localhost development) upgrading sub-requests to https would break the docs page.
      directives: config.cookieSecure ? {} : { upgradeInsecureRequests: null },
    },
  });
  app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) =>
      new AppError("rate-limited", { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
  app.register(cookie);
  app.register(swagger, {
    openapi: {
      info: {
        title: "Titrate API",
        description: "Clinical decision support for treatment-resistant depression. See docs/api.md.",
        version: "1.0.0",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: sessionCookie } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.register(swaggerUi, { routePrefix: "/api/docs" });
  const sweeper = startAlertSweep(
    {
      store,
      clock,
      channels: options.notificationChannels ?? channelsFrom(config),
      reviewUrl: config.publicUrl ?? "the clinic's Titrate sign-in page",
      log: app.log,
    },
    config.alertSweepSeconds * 1000,
  );
  app.addHook("onClose", async () => sweeper.stop());
  app.register(async (api) => routes(api.withTypeProvider<ZodTypeProvider>(), deps, sweeper));
  const webRoot = options.webRoot === undefined ? defaultWebRoot : options.webRoot;
  if (webRoot !== null && hasWebApp(webRoot)) app.register(webStatic, { root: webRoot });
  return app;
}
