// Rating a scale item by item (or by total), with the total, band and suicide-item alert live; saved as a measurement.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { type InstrumentId, instruments } from "../../../src/clinical/index.ts";
import { ApiError, api, type FieldIssue, issuesAt } from "../api/client.ts";
import { refreshPatient, rowsPath, useAssessment, usePatient } from "../api/patient-queries.ts";
import type { Measurement } from "../api/types.ts";
import { setFlash } from "../flash.ts";
import { ErrorSummary, Field, type SummaryItem } from "../forms/field.tsx";
import { patientName } from "../labels.ts";
import { PageHeading } from "../page-heading.tsx";
import { Link, navigate, paths } from "../router.tsx";
import { ItemScore } from "./item-score.tsx";
import { bandOfTotal, liveScore } from "./live-score.ts";
import { ScoreSummary } from "./score-summary.tsx";

const instrumentIds = Object.keys(instruments) as InstrumentId[];

/** Where a server issue belongs on this form: the element to focus and show it beside. */
function targetOf(field: string, itemised: boolean): string {
  if (/^items\[\d+\]$/.test(field)) return field.replace(/^items\[(\d+)\]$/, "item-$1");
  if (field === "items") return "item-0";
  if (field === "total") return itemised ? "item-0" : "total";
  return field === "instrument" || field === "date" ? field : "date";
}

export function RatingPage({ id }: { readonly id: string }) {
  const client = useQueryClient();
  const patient = usePatient(id);
  const assessment = useAssessment(id);
  const primary = assessment.data?.outcome.instrument;
  const [chosen, setChosen] = useState<InstrumentId | null>(null);
  const instrumentId: InstrumentId =
    chosen ?? (primary !== undefined && primary !== null ? primary : "MADRS");
  const instrument = instruments[instrumentId];
  const [date, setDate] = useState<string | null>(null);
  const day = date ?? assessment.data?.asOf ?? "";
  const [itemised, setItemised] = useState(true);
  const [items, setItems] = useState<(number | undefined)[]>([]);
  const [total, setTotal] = useState("");
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);

  const live = liveScore(instrument, items);
  const typedTotal = total.trim() === "" ? Number.NaN : Number(total);
  const save = useMutation({
    mutationFn: (body: Measurement) => api<unknown>("POST", rowsPath(id, "measurements"), body),
    onSuccess: async (_saved, body) => {
      await refreshPatient(client, id, "measurements");
      setFlash(`${body.instrument} saved: total ${body.total ?? live.total}.`);
      navigate(paths.patient(id));
    },
    onError: (error) => {
      setIssues(
        error instanceof ApiError && error.issues.length > 0
          ? error.issues
          : [{ field: "form", message: "The score was not saved. Try again." }],
      );
    },
  });

  function changeInstrument(next: InstrumentId) {
    setChosen(next);
    setItems([]);
    setTotal("");
    setIssues([]);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const local: FieldIssue[] = [];
    if (itemised && !live.complete) {
      const first = instrument.items.findIndex((_, i) => items[i] === undefined);
      local.push({
        field: `items[${first}]`,
        message: `Score every item: ${live.of - live.scored} still unscored.`,
      });
    }
    if (!itemised && bandOfTotal(instrument, typedTotal) === null) {
      const { min, max } = instrument.totalRange;
      local.push({ field: "total", message: `Enter a whole number from ${min} to ${max}.` });
    }
    setIssues(local);
    if (local.length > 0) return;
    const scores = items.map((v) => v ?? 0);
    save.mutate(
      itemised
        ? { date: day, instrument: instrumentId, items: scores, total: live.total }
        : { date: day, instrument: instrumentId, total: typedTotal },
    );
  }

  const labelOf = (target: string) => {
    const item = /^item-(\d+)$/.exec(target);
    if (item !== null) return `Item ${Number(item[1]) + 1}`;
    return target === "instrument" ? "Scale" : target === "total" ? "Total" : "Date rated";
  };
  const summary: SummaryItem[] = issues.map((i) => {
    const target = targetOf(i.field, itemised);
    return { target, label: i.field === "form" ? "Saving" : labelOf(target), message: i.message };
  });
  const name = patient.data === undefined ? "" : patientName(patient.data);
  return (
    <section className="page rating-page">
      <p className="breadcrumb">
        <Link to={paths.patient(id)}>← {name || "Patient chart"}</Link>
      </p>
      <PageHeading title={`Rate a scale${name ? ` · ${name}` : ""}`}>Rate a scale</PageHeading>
      <form onSubmit={submit} noValidate className="rating-form">
        <ErrorSummary title="The score was not saved" items={summary} />
        <div className="form-row">
          <Field id="instrument" label="Scale" errors={issuesAt(issues, "instrument")}>
            {(control) => (
              <select
                {...control}
                value={instrumentId}
                onChange={(e) => changeInstrument(e.target.value as InstrumentId)}
              >
                {instrumentIds.map((i) => (
                  <option key={i} value={i}>
                    {instruments[i].name} ({i})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="date" label="Date rated" errors={issuesAt(issues, "date")}>
            {(control) => (
              <input {...control} type="date" value={day} onChange={(e) => setDate(e.target.value)} />
            )}
          </Field>
          <fieldset className="mode">
            <legend>Enter</legend>
            <label>
              <input type="radio" name="mode" checked={itemised} onChange={() => setItemised(true)} /> Item by
              item
            </label>
            <label>
              <input type="radio" name="mode" checked={!itemised} onChange={() => setItemised(false)} /> Total
              only
            </label>
          </fieldset>
        </div>
        <div className="rating-layout">
          <div className="rating-items">
            {itemised ? (
              instrument.items.map((item, i) => (
                <ItemScore
                  key={`${instrumentId}-${item.number}`}
                  index={i}
                  item={item}
                  value={items[i]}
                  errors={issuesAt(issues, `items[${i}]`, ...(i === 0 ? ["items", "total"] : []))}
                  suicideItem={instrument.suicideItem?.item === item.number}
                  onChange={(score) =>
                    setItems((old) => {
                      const next = [...old];
                      next[i] = score;
                      return next;
                    })
                  }
                />
              ))
            ) : (
              <Field
                id="total"
                label={`${instrumentId} total`}
                hint={`${instrument.totalRange.min}–${instrument.totalRange.max}`}
                errors={issuesAt(issues, "total", "items")}
              >
                {(control) => (
                  <input
                    {...control}
                    className="narrow"
                    inputMode="numeric"
                    value={total}
                    onChange={(e) => setTotal(e.target.value)}
                  />
                )}
              </Field>
            )}
          </div>
          <ScoreSummary
            instrument={instrument}
            live={itemised ? live : null}
            typedBand={itemised ? null : bandOfTotal(instrument, typedTotal)}
            typedTotal={itemised ? null : total.trim()}
            saving={save.isPending}
          />
        </div>
      </form>
    </section>
  );
}
