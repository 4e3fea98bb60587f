import type { Prng } from "./prng";

/** Words that make scheme names, leads and risks look like a finance team wrote them. */
const NAMES_BY_POD: Record<string, string[]> = {
  "Non-elective": ["Reduce emergency admissions for COPD", "Frail elderly admission avoidance", "Virtual ward", "Falls prevention service"],
  Elective: ["Procedures of limited clinical value", "Shift day case to outpatient procedure", "Referral management centre"],
  Outpatients: ["Reduce follow-up ratios", "GP peer review of referrals", "Advice and guidance before referral"],
  "A&E": ["Urgent care centre streaming", "Ambulance see and treat", "Minor injuries redirection"],
  Community: ["Community nursing productivity", "Intermediate care redesign", "Integrated care teams"],
  Prescribing: ["Generic switching programme", "Statin prescribing review", "Reduce waste in repeat prescribing"],
  "Continuing care": ["Continuing healthcare review", "CHC framework procurement"],
  "Mental health": ["Out of area placements repatriation", "Psychiatric liaison in acute wards"],
  "Primary care": ["Practice prescribing incentive scheme", "Enhanced services review"],
  Corporate: ["Cluster management cost reduction", "Estates rationalisation", "Shared back office services"],
  Other: ["Contract renegotiation", "Non-recurrent slippage", "Decommission low value services"],
};
const PLACES = ["north", "south", "east", "west", "central", "city", "county"];
const SURNAMES = ["Smith", "Patel", "Jones", "Khan", "Williams", "Brown", "Taylor", "Evans", "Wilson", "Hughes"];
const RISKS = [
  "Provider capacity to deliver",
  "Dependent on GP engagement",
  "Acute contract not yet agreed",
  "Double count risk with CQUIN",
  "Recruitment of community staff",
  "",
];

export function schemeName(pod: string, rng: Prng): string {
  const base = rng.pick(NAMES_BY_POD[pod] ?? NAMES_BY_POD.Other);
  return rng.chance(0.3) ? `${base} (${rng.pick(PLACES)})` : base;
}

export function leadName(rng: Prng): string {
  return `${String.fromCharCode(65 + rng.int(0, 25))} ${rng.pick(SURNAMES)}`;
}

export function riskText(rng: Prng): string {
  return rng.pick(RISKS);
}

/** "Birmingham and Solihull" -> "BAS", "Tees" -> "TEE": short, stable prefixes for scheme references. */
export function refPrefix(organisation: string): string {
  const words = organisation.replace(/[^A-Za-z ]/g, " ").split(/\s+/).filter((w) => w && !/^(and|of|the)$/i.test(w));
  const initials = words.map((w) => w[0]).join("").toUpperCase();
  return initials.length >= 3 ? initials.slice(0, 4) : (initials + (words[0] ?? "X").slice(1).toUpperCase()).slice(0, 3);
}
