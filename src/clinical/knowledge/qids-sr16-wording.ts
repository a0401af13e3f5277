// QIDS-SR16 as the patient reads it: the US English self-report form's instruction, item headings and anchors.

import { rush2003 } from "../instruments/qids-sr16.ts";
import type { ChoiceWording, ItemWording, ScaleWording } from "./scale-wording.ts";
import { reference } from "./source.ts";

// The IDS/QIDS forms are distributed without charge for clinical care and research by their developers
// (ids-qids.org, University of Texas Southwestern Medical Center). The wording below was checked against
// several independent public transcriptions of that form; they agree on every anchor.
const qidsForm = reference(
  "qids-sr16-form-english",
  "Quick Inventory of Depressive Symptomatology, Self-Report (QIDS-SR16), English (USA) form, ids-qids.org",
);

/** One item: its heading and its four anchors, scored 0 to 3 in printed order. */
function item(heading: string, anchors: readonly [string, string, string, string]): ItemWording {
  const choices: ChoiceWording[] = anchors.map((en, value) => ({ value, label: { en } }));
  return { text: { en: heading }, choices };
}

export const qidsSr16Wording: ScaleWording = {
  languages: ["en"],
  stem: { en: "Check the one response to each item that best describes you for the past seven days." },
  items: [
    item("Falling asleep", [
      "I never take longer than 30 minutes to fall asleep.",
      "I take at least 30 minutes to fall asleep, less than half the time.",
      "I take at least 30 minutes to fall asleep, more than half the time.",
      "I take more than 60 minutes to fall asleep, more than half the time.",
    ]),
    item("Sleep during the night", [
      "I do not wake up at night.",
      "I have a restless, light sleep with a few brief awakenings each night.",
      "I wake up at least once a night, but I go back to sleep easily.",
      "I awaken more than once a night and stay awake for 20 minutes or more, more than half the time.",
    ]),
    item("Waking up too early", [
      "Most of the time, I awaken no more than 30 minutes before I need to get up.",
      "More than half the time, I awaken more than 30 minutes before I need to get up.",
      "I almost always awaken at least one hour or so before I need to, but I go back to sleep eventually.",
      "I awaken at least one hour before I need to, and can't go back to sleep.",
    ]),
    item("Sleeping too much", [
      "I sleep no longer than 7-8 hours/night, without napping during the day.",
      "I sleep no longer than 10 hours in a 24-hour period including naps.",
      "I sleep no longer than 12 hours in a 24-hour period including naps.",
      "I sleep longer than 12 hours in a 24-hour period including naps.",
    ]),
    item("Feeling sad", [
      "I do not feel sad.",
      "I feel sad less than half the time.",
      "I feel sad more than half the time.",
      "I feel sad nearly all of the time.",
    ]),
    item("Decreased appetite", [
      "There is no change in my usual appetite.",
      "I eat somewhat less often or lesser amounts of food than usual.",
      "I eat much less than usual and only with personal effort.",
      "I rarely eat within a 24-hour period, and only with extreme personal effort or when others persuade me to eat.",
    ]),
    item("Increased appetite", [
      "There is no change from my usual appetite.",
      "I feel a need to eat more frequently than usual.",
      "I regularly eat more often and/or greater amounts of food than usual.",
      "I feel driven to overeat both at mealtime and between meals.",
    ]),
    item("Decreased weight (within the last two weeks)", [
      "I have not had a change in my weight.",
      "I feel as if I have had a slight weight loss.",
      "I have lost 2 pounds or more.",
      "I have lost 5 pounds or more.",
    ]),
    item("Increased weight (within the last two weeks)", [
      "I have not had a change in my weight.",
      "I feel as if I have had a slight weight gain.",
      "I have gained 2 pounds or more.",
      "I have gained 5 pounds or more.",
    ]),
    item("Concentration / decision making", [
      "There is no change in my usual capacity to concentrate or make decisions.",
      "I occasionally feel indecisive or find that my attention wanders.",
      "Most of the time, I struggle to focus my attention or to make decisions.",
      "I cannot concentrate well enough to read or cannot make even minor decisions.",
    ]),
    item("View of myself", [
      "I see myself as equally worthwhile and deserving as other people.",
      "I am more self-blaming than usual.",
      "I largely believe that I cause problems for others.",
      "I think almost constantly about major and minor defects in myself.",
    ]),
    item("Thoughts of death or suicide", [
      "I do not think of suicide or death.",
      "I feel that life is empty or wonder if it's worth living.",
      "I think of suicide or death several times a week for several minutes.",
      "I think of suicide or death several times a day in some detail, or I have made specific plans for suicide or have actually tried to take my life.",
    ]),
    item("General interest", [
      "There is no change from usual in how interested I am in other people or activities.",
      "I notice that I am less interested in people or activities.",
      "I find I have interest in only one or two of my formerly pursued activities.",
      "I have virtually no interest in formerly pursued activities.",
    ]),
    item("Energy level", [
      "There is no change in my usual level of energy.",
      "I get tired more easily than usual.",
      "I have to make a big effort to start or finish my usual daily activities (for example, shopping, homework, cooking or going to work).",
      "I really cannot carry out most of my usual daily activities because I just don't have the energy.",
    ]),
    item("Feeling slowed down", [
      "I think, speak, and move at my usual rate of speed.",
      "I find that my thinking is slowed down or my voice sounds dull or flat.",
      "It takes me several seconds to respond to most questions and I'm sure my thinking is slowed.",
      "I am often unable to respond to questions without extreme effort.",
    ]),
    item("Feeling restless", [
      "I do not feel restless.",
      "I'm often fidgety, wringing my hands, or need to shift how I am sitting.",
      "I have impulses to move about and am quite restless.",
      "At times, I am unable to stay seated and need to pace around.",
    ]),
  ],
  provenance: [qidsForm, rush2003],
};
