/** Header texts a plan may use, from the pack's canonical names to the aliases and year spellings teams use. */
export type HeaderStyle = "canonical" | "aliases" | "short-years" | "long-years" | "fy" | "savings-label";
export type UnitText = "£000" | "£m" | "£";

export const PLAN_FIELDS = [
  "organisation", "sha", "schemeRef", "schemeName", "workstream", "pointOfDelivery",
  "activityChange", "total", "rag", "lead", "risks",
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

const CANONICAL: Record<PlanField, string> = {
  organisation: "Organisation",
  sha: "SHA",
  schemeRef: "Scheme ref",
  schemeName: "Scheme name",
  workstream: "National workstream",
  pointOfDelivery: "Point of delivery",
  activityChange: "Activity change",
  total: "Total",
  rag: "RAG",
  lead: "Lead",
  risks: "Risks",
};

const ALIASES: Record<PlanField, string> = {
  organisation: "PCT cluster",
  sha: "Strategic health authority",
  schemeRef: "Ref",
  schemeName: "Scheme description",
  workstream: "QIPP workstream",
  pointOfDelivery: "POD",
  activityChange: "Activity reduction",
  total: "Total savings",
  rag: "RAG rating",
  lead: "Scheme lead",
  risks: "Risks and mitigations",
};

export function fieldHeader(field: PlanField, style: HeaderStyle, unit?: UnitText): string {
  const text = style === "canonical" ? CANONICAL[field] : ALIASES[field];
  return field === "total" && unit ? `${text} (${unit})` : text;
}

/** "2011-12" in the style's spelling; unit is added when the header states it. */
export function yearHeader(year: string, style: HeaderStyle, unit?: UnitText): string {
  const start = year.slice(0, 4);
  const end = year.slice(5, 7);
  const short = `${start.slice(2)}/${end}`;
  const spelt = {
    canonical: year,
    aliases: `${start}/${end}`,
    "short-years": short,
    "long-years": `${start}/${start.slice(0, 2)}${end}`,
    fy: `FY ${start}/${end}`,
    "savings-label": `Savings ${short} (${unit ?? "£000"})`,
  }[style];
  return unit && style !== "savings-label" ? `${spelt} (${unit})` : spelt;
}

export function forecastHeader(year: string, style: HeaderStyle): string {
  return style === "canonical" ? `Forecast ${year}` : `Forecast ${year.slice(2, 4)}/${year.slice(5, 7)}`;
}

/** Pence per one unit of the sheet's figures. */
export const PENCE_PER_UNIT: Record<UnitText, number> = { "£000": 100_000, "£m": 100_000_000, "£": 100 };
export const UNIT_NAME = { "£000": "thousands", "£m": "millions", "£": "pounds" } as const;
