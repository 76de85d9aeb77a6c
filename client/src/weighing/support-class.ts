/**
 * How a fact edge is drawn by its support (the legend, SupportLegend.tsx, says the same in words):
 * asserted only by self-interested speakers -> dashed amber; by two or more independent speakers -> thick;
 * otherwise (one independent speaker) the plain line.
 */
export const SUPPORT_CLASSES = { selfOnly: 'support-self-only', corroborated: 'support-corroborated' } as const;

export type SupportClass = (typeof SUPPORT_CLASSES)[keyof typeof SUPPORT_CLASSES];

export function supportClassOf({
  support,
}: {
  support: { independentSpeakers: number; selfInterestedOnly: boolean } | null;
}): SupportClass | null {
  if (!support) return null;
  if (support.selfInterestedOnly) return SUPPORT_CLASSES.selfOnly;
  return support.independentSpeakers >= 2 ? SUPPORT_CLASSES.corroborated : null;
}

/** Ids per class, from the answers of the EdgeSupport query. */
export function idsBySupportClass({
  edges,
}: {
  edges: ({ id: string; support: { independentSpeakers: number; selfInterestedOnly: boolean } | null } | null)[];
}): Record<SupportClass, Set<string>> {
  const result: Record<SupportClass, Set<string>> = {
    [SUPPORT_CLASSES.selfOnly]: new Set(),
    [SUPPORT_CLASSES.corroborated]: new Set(),
  };
  for (const edge of edges) {
    if (!edge) continue;
    const cls = supportClassOf({ support: edge.support });
    if (cls) result[cls].add(edge.id);
  }
  return result;
}
