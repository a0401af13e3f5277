// The modality modules by id.

import { esketamine } from "./esketamine.ts";
import { imKetamine } from "./im-ketamine.ts";
import { ivKetamine } from "./iv-ketamine.ts";
import { oralKetamine } from "./oral-ketamine.ts";
import type { Modality, Protocol } from "./protocol.ts";
import { sublingualKetamine } from "./sublingual-ketamine.ts";
import { tms } from "./tms.ts";

export const protocols: Readonly<Record<Modality, Protocol>> = {
  "iv-ketamine": ivKetamine,
  "im-ketamine": imKetamine,
  "sublingual-ketamine": sublingualKetamine,
  "oral-ketamine": oralKetamine,
  esketamine,
  tms,
};

export { spravatoLabel } from "./esketamine.ts";
export * from "./protocol.ts";
export { tmsProtocols } from "./tms.ts";
