import type { PackIndex } from "../rules/match";
import type { Scheme } from "../types";

/** Resolves a scheme's loosely written codes against the pack (unknown ones stay undefined). */
export function resolveScheme(scheme: Scheme, index: PackIndex): void {
  const text = (f: keyof Scheme["text"]) => scheme.text[f]?.text ?? "";
  const ws = text("workstream");
  if (ws) scheme.workstream = index.workstream(ws);
  const pod = text("pointOfDelivery");
  if (pod) scheme.pointOfDelivery = index.pointOfDelivery(pod)?.name;
  const rag = text("rag");
  scheme.rag = (rag && index.rag(rag)) || "unrated";
  // A three-point rating is also its own point on the five-point scale.
  scheme.rag5 = (rag && index.rag5(rag)) || (scheme.rag === "unrated" ? "unrated" : scheme.rag);
  const org = text("organisation");
  if (org) {
    const hit = index.organisation(org);
    const sha = hit ? undefined : index.sha(org);
    scheme.organisation = hit?.name ?? sha?.name ?? org;
    scheme.shaCode = hit?.sha ?? sha?.code;
  }
  const shaText = text("sha");
  if (shaText && !scheme.shaCode) scheme.shaCode = index.sha(shaText)?.code;
}
