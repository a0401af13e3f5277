// Invented names for the demo clinic's patients: common first and last names, paired at random, so no real person is meant.

import type { Random } from "./seeded-random.ts";

const femaleNames = [
  "Alice",
  "Beatriz",
  "Claire",
  "Dana",
  "Elena",
  "Fiona",
  "Grace",
  "Hannah",
  "Iris",
  "Julia",
  "Katrin",
  "Laura",
  "Maya",
  "Nora",
  "Olivia",
  "Paula",
  "Rosa",
  "Sofia",
  "Tessa",
  "Uma",
  "Vera",
  "Wendy",
  "Yara",
  "Zoe",
  "Amara",
  "Bianca",
  "Chloe",
  "Delia",
  "Esther",
  "Frances",
] as const;

const maleNames = [
  "Aaron",
  "Bruno",
  "Carlos",
  "Daniel",
  "Elliot",
  "Felix",
  "Gavin",
  "Henry",
  "Isaac",
  "James",
  "Kenji",
  "Liam",
  "Marcus",
  "Nathan",
  "Owen",
  "Peter",
  "Rafael",
  "Samuel",
  "Tomas",
  "Victor",
  "Walter",
  "Xavier",
  "Yusuf",
  "Adrian",
  "Benjamin",
  "Caleb",
  "Dmitri",
  "Emil",
  "Farid",
  "Gregory",
] as const;

const familyNames = [
  "Abbott",
  "Barnes",
  "Castillo",
  "Delgado",
  "Ellison",
  "Fischer",
  "Garrison",
  "Holloway",
  "Ibarra",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Petrov",
  "Quinlan",
  "Rasmussen",
  "Sandoval",
  "Thornton",
  "Underwood",
  "Valdez",
  "Whitaker",
  "Yilmaz",
  "Zielinski",
  "Ashford",
  "Brennan",
  "Caldwell",
  "Dunmore",
  "Eastwood",
  "Fairbanks",
  "Greer",
  "Hartley",
  "Iverson",
  "Kimura",
  "Lachance",
  "Mendoza",
  "Novak",
  "Ortega",
  "Pemberton",
  "Redmond",
  "Sorensen",
  "Tanaka",
  "Vance",
  "Winslow",
  "Albright",
  "Bergstrom",
  "Costa",
  "Drummond",
  "Espinoza",
] as const;

export interface NameSource {
  next(sex: "female" | "male"): { readonly givenName: string; readonly familyName: string };
}

/** Hands out names without repeats, in an order fixed by `rng`. */
export function demoNames(rng: Random): NameSource {
  const given = { female: rng.shuffle(femaleNames), male: rng.shuffle(maleNames) };
  const family = rng.shuffle(familyNames);
  const used = { female: 0, male: 0, family: 0 };
  return {
    next(sex) {
      const givenName = given[sex][used[sex]++ % given[sex].length] ?? "Alex";
      const familyName = family[used.family++ % family.length] ?? "Doe";
      return { givenName, familyName };
    },
  };
}
