// Where a rule comes from: a section of one of the seed documents, or a published reference.

export interface Source {
  /** Stable id, e.g. `seed-003#adequate-trial` or `kroenke-2001`. */
  readonly id: string;
  /** A short human label: the seed's section title or the reference's citation. */
  readonly citation: string;
  /** For seeds: the file in shared/seeds/ and the section heading the rule comes from. */
  readonly document?: string;
  readonly section?: string;
}

const seedFiles = {
  "000": "000_279b34ef499cdd42.txt",
  "001": "001_28388cdacbddfa73.txt",
  "002": "002_5685f4bc39a225b2.txt",
  "003": "003_8bd60a8cb1beb181.txt",
  "004": "004_8cda3db9292b8354.txt",
} as const;

export type SeedNumber = keyof typeof seedFiles;

/** A section of a seed document, cited by its heading. */
export function seed(doc: SeedNumber, section: string): Source {
  const slug = section
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return {
    id: `seed-${doc}#${slug}`,
    citation: `Seed ${doc}, "${section}"`,
    document: seedFiles[doc],
    section,
  };
}

/** A published reference (instrument manual, prescribing information, paper). */
export function reference(id: string, citation: string): Source {
  return { id, citation };
}
