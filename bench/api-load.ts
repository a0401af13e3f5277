// The API benchmark's load generator: autocannon in its own process, so it does not share the server's event loop.

import autocannon from "autocannon";

export interface LoadPlan {
  readonly url: string;
  /** Requested in turn, across all connections: each request takes the next path. */
  readonly paths: readonly string[];
  /** One signed-in session per simulated client, taken in turn by the requests; empty for the baseline. */
  readonly cookies: readonly string[];
  readonly connections: number;
  readonly seconds: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly perSecond: number;
  /** Milliseconds, from every response's own timing (autocannon's histogram keeps whole milliseconds). */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function isPlan(value: unknown): value is LoadPlan {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.url === "string" &&
    new URL(v.url).hostname === "127.0.0.1" &&
    Array.isArray(v.paths) &&
    Array.isArray(v.cookies) &&
    v.paths.length > 0 &&
    typeof v.connections === "number" &&
    typeof v.seconds === "number" &&
    v.seconds <= 600
  );
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const plan: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  if (!isPlan(plan)) throw new Error("standard input is not a load plan against 127.0.0.1");
  let next = 0;
  const times: number[] = [];
  const options: autocannon.Options = {
    url: plan.url,
    connections: plan.connections,
    duration: plan.seconds,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          const path = plan.paths[next % plan.paths.length] ?? "/";
          const cookie = plan.cookies[next % Math.max(1, plan.cookies.length)];
          next += 1;
          return { ...request, path, headers: cookie === undefined ? {} : { cookie } };
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, done: autocannon.Result) =>
      error ? reject(error) : resolve(done),
    );
    // autocannon passes the client first, then status, bytes and time; its type declarations leave the client out.
    instance.on("response", (...args: unknown[]) => {
      const responseTime = args[3];
      if (typeof responseTime === "number") times.push(responseTime);
    });
  });
  times.sort((a, b) => a - b);
  const out: LoadResult = {
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    max: times.at(-1) ?? Number.NaN,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main();
