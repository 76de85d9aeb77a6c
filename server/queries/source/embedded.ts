/** One source document (text included) for the embedded store. */
import type { SourceDocument } from '../../../domain/graph-types';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { SourceArgs } from './arguments';

export function sourceById({ state, args }: { state: EmbeddedState; args: SourceArgs }): SourceDocument | null {
  const record = state.graph.hasNode(args.id) ? state.graph.getNodeAttributes(args.id) : null;
  return record?.kind === 'source' ? copyOf(record.source) : null;
}
