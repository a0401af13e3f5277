// Entry point of the patient's self-report page: a small bundle of its own, without the clinician app.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ReportApp } from "./report-app.tsx";
import "./report.css";

const root = document.getElementById("root");
if (root === null) throw new Error("report.html has no #root");
// The token lives in the #fragment, which browsers never send to a server; clear it from the address bar
// so a screenshot or a shared screen does not show it.
// The tab keeps it (sessionStorage, never sent anywhere) so a reload after a dropped connection still works.
const key = "titrate-report-token";
const fromLink = decodeURIComponent(window.location.hash.slice(1));
if (fromLink !== "") {
  sessionStorage.setItem(key, fromLink);
  window.history.replaceState(null, "", window.location.pathname);
}
const token = fromLink !== "" ? fromLink : (sessionStorage.getItem(key) ?? "");
// A second link opened in the same tab only changes the fragment; start afresh with its token.
window.addEventListener("hashchange", () => window.location.reload());
createRoot(root).render(
  <StrictMode>
    <ReportApp token={token} />
  </StrictMode>,
);
