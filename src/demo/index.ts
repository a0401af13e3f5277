// The demo clinic `npm start` creates on first run: synthetic patients and one login per role.

export type { Shows } from "./demo-case.ts";
export { priorAuthorizationDemo } from "./demo-cases-documents.ts";
export { type DemoPatient, demoPatients } from "./demo-patients.ts";
export {
  type DemoLogin,
  demoClinicName,
  demoEmail,
  demoEmailDomain,
  type SeedDemoClinicOptions,
  type SeededDemoClinic,
  seedDemoClinic,
} from "./seed-demo-clinic.ts";
