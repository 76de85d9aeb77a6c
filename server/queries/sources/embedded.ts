/** Source listing for the embedded store: sorted by id, text replaced by its length and claim count. */
import type { SourceDocument, SourceSummary } from '../../../domain/graph-types';
import { compareIds, copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';

export function sourceSummaries({ state }: { state: EmbeddedState }): SourceSummary[] {
  const claimCounts = new Map<string, number>();
  const sources: SourceDocument[] = [];
  state.graph.forEachNode((_id, record) => {
    if (record.kind === 'source') sources.push(record.source);
    if (record.kind === 'claim') {
      claimCounts.set(record.claim.span.sourceId, (claimCounts.get(record.claim.span.sourceId) ?? 0) + 1);
    }
  });
  return sources
    .sort((a, b) => compareIds(a.id, b.id))
    .map(({ text, ...rest }) => ({ ...copyOf(rest), length: text.length, claimCount: claimCounts.get(rest.id) ?? 0 }));
}
