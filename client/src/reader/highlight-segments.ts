/**
 * Cuts a source text into plain and highlighted runs from claim spans. Spans may nest or
 * overlap; each run is attributed to the shortest span covering it, so a quote inside a
 * longer claim keeps its own highlight.
 */
export interface SpanRef {
  claimId: string;
  start: number;
  end: number;
}

export type Segment =
  { kind: 'text'; text: string; start: number } | { kind: 'mark'; text: string; start: number; claimId: string };

export function highlightSegments({ text, spans }: { text: string; spans: SpanRef[] }): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.claimId.localeCompare(b.claimId));
    const piece = text.slice(start, end);
    const last = segments[segments.length - 1];
    const claimId = covering[0]?.claimId;
    if (claimId === undefined) {
      if (last?.kind === 'text') last.text += piece;
      else segments.push({ kind: 'text', text: piece, start });
    } else if (last?.kind === 'mark' && last.claimId === claimId) last.text += piece;
    else segments.push({ kind: 'mark', text: piece, start, claimId });
  }
  return segments;
}
