// Serves the built web app (web/dist) and answers client routes with its index.html, never shadowing /api.

import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Where `npm run build:web` puts the app. */
export const defaultWebRoot = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface WebStaticOptions {
  /** A folder holding a Vite build: index.html and assets/. */
  readonly root: string;
}

/** Whether `root` holds a built app; when it does not, the server runs the API alone. */
export function hasWebApp(root: string): boolean {
  return existsSync(path.join(root, "index.html"));
}

const hashedAsset = `${path.sep}assets${path.sep}`;

// Paths the client-route fallback must leave alone: the API keeps its JSON 404, a missing asset stays a 404.
function notAClientRoute(url: string): boolean {
  return url === "/api" || url.startsWith("/api/") || url.startsWith("/assets/") || /\.[a-z0-9]+$/i.test(url);
}

export async function webStatic(app: FastifyInstance, options: WebStaticOptions): Promise<void> {
  await app.register(fastifyStatic, {
    root: options.root,
    // One route per built file, so nothing but the fallback below is a wildcard.
    wildcard: false,
    setHeaders(reply, filePath) {
      // Vite names assets by content hash: cache them for good, but always revalidate the page itself.
      reply.header(
        "cache-control",
        filePath.includes(hashedAsset) ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });

  // Hidden from the OpenAPI document: it serves the browser app, not the API.
  app.get("/*", { schema: { hide: true } }, async (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split("?")[0] ?? request.url;
    if (notAClientRoute(pathname)) return reply.callNotFound();
    // The patient's self-report page is its own small entry, without the clinician app.
    if (pathname === "/report") return reply.header("cache-control", "no-cache").sendFile("report.html");
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
