// The published sources behind pathway screening: device clearance and safety guidance for TMS, the ketamine and
// esketamine prescribing information, and the consensus statement on ketamine for mood disorders.

import { spravatoLabel } from "../protocols/esketamine.ts";
import { reference, seed } from "./source.ts";

export const tmsClearance = reference(
  "neurostar-510k",
  "NeuroStar TMS Therapy System, FDA 510(k) K083538 (2008) and its labelling: indication for adults with major depressive disorder who have not improved on prior antidepressant medication; contraindicated with conductive or magnetic-sensitive implants in or near the head",
);

export const tmsSafety = reference(
  "rossi-2021",
  "Rossi S, et al. Safety and recommendations for TMS use in healthy subjects and patient populations, with updates on training, ethical and regulatory issues: expert guidelines. Clin Neurophysiol 2021;132(1):269-306",
);

export const ketamineLabel = reference(
  "ketalar-pi",
  "KETALAR (ketamine hydrochloride) injection, US prescribing information: contraindicated where a significant rise in blood pressure would be a serious hazard",
);

export const ketamineConsensus = reference(
  "sanacora-2017",
  "Sanacora G, et al. A consensus statement on the use of ketamine in the treatment of mood disorders. JAMA Psychiatry 2017;74(4):399-405",
);

export { spravatoLabel };

export const screeningSeed = seed("002", "Safety, monitoring, and practicalities");
export const decisionSeed = seed("002", "How Elevium chooses between these options");
export const remsSeed = seed("004", "Access Barriers Remain a Persistent Problem");
