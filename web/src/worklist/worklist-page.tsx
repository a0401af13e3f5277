// The worklist: the clinic's active patients with what needs attention today, from one request, most urgent first.

import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { api } from "../api/client.ts";
import { PageHeading } from "../page-heading.tsx";
import { type SortKey, type SortState, sortEntries } from "./worklist-sort.ts";
import { WorklistTable } from "./worklist-table.tsx";
import type { Worklist } from "./worklist-types.ts";

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function WorklistPage() {
  const [search, setSearch] = useState("");
  const query = useDebounced(search.trim(), 250);
  const [sort, setSort] = useState<SortState>({ key: "urgency", descending: false });
  const worklist = useQuery({
    queryKey: ["worklist", query],
    queryFn: () =>
      api<Worklist>("GET", `/api/worklist${query === "" ? "" : `?${new URLSearchParams({ query })}`}`),
    placeholderData: (previous) => previous,
  });
  const list = worklist.data?.items ?? [];
  const entries = useMemo(() => sortEntries(list, sort), [list, sort]);
  const alerts = list.filter((e) => e.attention.openAlerts > 0 || e.attention.critical.length > 0).length;
  const due = list.filter((e) => e.attention.selfReportsDue.length > 0).length;
  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: false }));

  return (
    <section className="page worklist">
      <div className="page-head">
        <PageHeading title="Worklist" />
        <p className="subtitle">Active patients, most urgent first: safety alerts, then warnings.</p>
      </div>
      <div className="toolbar">
        <div className="field inline">
          <label htmlFor="search">Find a patient</label>
          <input
            id="search"
            type="search"
            placeholder="Name or MRN"
            aria-describedby="worklist-status"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <p id="worklist-status" className="status" role="status">
          {worklist.isPending
            ? "Loading patients…"
            : `${list.length} active ${list.length === 1 ? "patient" : "patients"}${query === "" ? "" : ` matching “${query}”`}` +
              (alerts > 0 ? ` · ${alerts} with safety alerts` : "") +
              (due > 0 ? ` · ${due} with self-reports due` : "")}
        </p>
      </div>
      {worklist.isError ? (
        <p className="problem" role="alert">
          The worklist could not be loaded. Reload the page to try again.
        </p>
      ) : null}
      {!worklist.isPending && list.length === 0 ? (
        <p className="empty">No active patients{query === "" ? "" : ` match “${query}”`}.</p>
      ) : (
        <WorklistTable entries={entries} sort={sort} onSort={onSort} />
      )}
    </section>
  );
}
