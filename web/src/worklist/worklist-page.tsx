// The worklist: the clinic's active patients, each assessed, most urgent first; searchable by name or MRN.

import { useQueries } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { assessmentQuery, useActivePatients } from "../api/patient-queries.ts";
import type { Assessment } from "../api/types.ts";
import { PageHeading } from "../page-heading.tsx";
import { attentionOf } from "./attention.ts";
import { type SortKey, type SortState, sortEntries, type WorklistEntry } from "./worklist-sort.ts";
import { WorklistTable } from "./worklist-table.tsx";

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
  const patients = useActivePatients(query);
  const list = patients.data ?? [];
  const assessments = useQueries({ queries: list.map((p) => assessmentQuery(p.id)) });

  const entries = useMemo(() => {
    const built: WorklistEntry[] = list.map((patient, i) => {
      const result = assessments[i];
      const assessment: Assessment | null = result?.data ?? null;
      return {
        patient,
        assessment,
        attention: assessment === null ? null : attentionOf(assessment),
        failed: result?.isError === true,
      };
    });
    return sortEntries(built, sort);
  }, [list, assessments, sort]);

  const assessed = entries.filter((e) => e.assessment !== null).length;
  const alerts = entries.filter((e) => (e.attention?.critical.length ?? 0) > 0).length;
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
          {patients.isPending
            ? "Loading patients…"
            : `${list.length} active ${list.length === 1 ? "patient" : "patients"}${query === "" ? "" : ` matching “${query}”`}` +
              (assessed < list.length ? ` · assessed ${assessed} of ${list.length}` : "") +
              (alerts > 0 ? ` · ${alerts} with safety alerts` : "")}
        </p>
      </div>
      {patients.isError ? (
        <p className="problem" role="alert">
          The patient list could not be loaded. Reload the page to try again.
        </p>
      ) : null}
      {!patients.isPending && list.length === 0 ? (
        <p className="empty">No active patients{query === "" ? "" : ` match “${query}”`}.</p>
      ) : (
        <WorklistTable entries={entries} sort={sort} onSort={onSort} />
      )}
    </section>
  );
}
