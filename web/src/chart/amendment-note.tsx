// That a row was amended, by whom, when and why, with the original values one click away.

import type { Amendment, StoredRow } from "../api/types.ts";
import { formatDate } from "../labels.ts";
import { useMe } from "../session/session-provider.tsx";

type Flat = Map<string, string>;

/** Every leaf of a row as `path → text`, so two versions compare field by field. */
function flatten(value: unknown, prefix = "", out: Flat = new Map()): Flat {
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) {
    out.set(prefix, value.join(", "));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(
        inner,
        Array.isArray(value) ? `${prefix}[${key}]` : prefix === "" ? key : `${prefix}.${key}`,
        out,
      );
    }
  } else if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    out.set(prefix, formatDate(value));
  } else if (value !== undefined && value !== null) {
    out.set(prefix, String(value));
  }
  return out;
}

/** The fields that differ between two versions of a row, in the order they first appear. */
export function changes(before: unknown, after: unknown): { path: string; before: string; after: string }[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => (a.get(p) ?? "") !== (b.get(p) ?? ""))
    .map((p) => ({ path: p, before: a.get(p) ?? "", after: b.get(p) ?? "" }));
}

function Who({ amendment }: { readonly amendment: Amendment }) {
  const me = useMe();
  if (amendment.amendedBy === me.user.id) return <>you</>;
  return <>{amendment.amendedByEmail ?? "a former user"}</>;
}

export function AmendmentNote({
  row,
  label,
}: {
  readonly row: StoredRow<unknown>;
  label(path: string): string;
}) {
  const last = row.amendments.at(-1);
  if (last === undefined) return null;
  return (
    <details className="amended" data-testid="amendment">
      <summary>
        <span aria-hidden="true">✎ </span>
        Amended {formatDate(last.amendedAt.slice(0, 10))} by <Who amendment={last} />: {last.reason}
        <span className="visually-hidden"> (show the original)</span>
      </summary>
      <ol className="amendment-history">
        {row.amendments.map((a) => (
          <li key={a.id}>
            <p>
              {formatDate(a.amendedAt.slice(0, 10))}, by <Who amendment={a} />. Reason: {a.reason}
            </p>
            <ul>
              {changes(a.before, a.after).map((c) => (
                <li key={c.path}>
                  {label(c.path)}: <span className="visually-hidden">was </span>
                  <del>{c.before || "—"}</del> <span aria-hidden="true">→</span>
                  <span className="visually-hidden"> now </span> <ins>{c.after || "—"}</ins>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
