/** Topics for the embedded store, sorted by id. */
import type { Topic } from '../../../domain/graph-types';
import { compareIds, copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';

export function topicList({ state }: { state: EmbeddedState }): Topic[] {
  return [...state.topics.values()].sort((a, b) => compareIds(a.id, b.id)).map((t) => copyOf(t));
}
