/** `timeline` on the embedded store: every claim by or about the subject, placed by domain/timeline.ts. */
import type { Claim } from '../../../domain/graph-types';
import { placementOf, type Timeline, type TimelineEntry } from '../../../domain/timeline';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { TimelineArguments } from './arguments';
import { timelineOf } from './timeline-rows';

export function timeline({ state, args }: { state: EmbeddedState; args: TimelineArguments }): Timeline {
  const { graph } = state;
  const dated: TimelineEntry[] = [];
  const undated: Claim[] = [];
  graph.forEachNode((_id, record) => {
    if (record.kind !== 'claim') return;
    const claim = record.claim;
    if (args.subject !== null && claim.speakerId !== args.subject && !claim.subjectIds.includes(args.subject)) return;
    const source = graph.hasNode(claim.span.sourceId) ? graph.getNodeAttributes(claim.span.sourceId) : null;
    const placement = placementOf({ claim, publishedAt: source?.kind === 'source' ? source.source.publishedAt : null });
    if (placement.kind === 'dated')
      dated.push({ at: placement.at, placedBy: placement.placedBy, claim: copyOf(claim) });
    else if (placement.kind === 'undated') undated.push(copyOf(claim));
  });
  return timelineOf({ dated, undated, args });
}
