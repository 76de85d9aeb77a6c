/**
 * The draft's text with its spans highlighted: claim quotes (a rejected claim is struck through) and
 * entity mentions. The container holds nothing but the text, so a selection's offsets are the length
 * of the text before it (selectionOffsets).
 */
import { forwardRef } from 'react';
import { spanOf, type Decision, type Draft } from './draft-model';

interface Segment {
  start: number;
  end: number;
  claimIds: string[];
  entity: boolean;
}

export function segmentsOf({ draft }: { draft: Draft }): Segment[] {
  const claimSpans = draft.claims.flatMap((c) => {
    const span = spanOf({ text: draft.text, claim: c });
    return span ? [{ ...span, id: c.id }] : [];
  });
  const mentionSpans = draft.entities.flatMap((e) =>
    e.mentions.flatMap((m) => {
      const span = spanOf({ text: draft.text, claim: m });
      return span ? [span] : [];
    }),
  );
  const cuts = new Set([0, draft.text.length]);
  for (const s of [...claimSpans, ...mentionSpans]) {
    cuts.add(Math.max(0, Math.min(s.start, draft.text.length)));
    cuts.add(Math.max(0, Math.min(s.end, draft.text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    segments.push({
      start,
      end,
      claimIds: claimSpans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id),
      entity: mentionSpans.some((s) => s.start <= start && s.end >= end),
    });
  }
  return segments;
}

export const DraftText = forwardRef<HTMLDivElement, { draft: Draft; decisions: ReadonlyMap<string, Decision> }>(
  function DraftText({ draft, decisions }, ref) {
    return (
      <div ref={ref} className="draft-text" data-testid="draft-text">
        {segmentsOf({ draft }).map((s) => {
          const text = draft.text.slice(s.start, s.end);
          if (s.claimIds.length === 0 && !s.entity) return <span key={s.start}>{text}</span>;
          const rejected = s.claimIds.length > 0 && s.claimIds.every((id) => decisions.get(id) === 'reject');
          const className = [
            s.claimIds.length > 0 ? 'hl-claim' : '',
            s.entity ? 'hl-entity' : '',
            rejected ? 'rejected' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <mark
              key={s.start}
              className={className}
              title={s.claimIds.length > 0 ? `claim ${s.claimIds.join(', ')}` : 'entity mention'}
            >
              {text}
            </mark>
          );
        })}
      </div>
    );
  },
);

/** The selection's [start, end) in the container's text, or null when nothing inside it is selected. */
export function selectionOffsets({ container }: { container: HTMLElement }): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}
