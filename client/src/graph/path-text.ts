/**
 * Paths written out as text ("Kai-Fu Lee —FOUNDED→ 01.AI —DERIVED_FROM→ LLaMA") and the ids
 * to highlight for them on the canvas. An edge walked against its direction is written ←TYPE—.
 */
import type { PathView } from '../state/graph-model';
import { saidAboutEdgeId } from './visible-graph';

export function pathText({ path }: { path: PathView }): string {
  const name = (id: string) => path.nodes.find((n) => n.id === id)?.name ?? id;
  let text = name(path.nodeIds[0]);
  path.edges.forEach((edge, i) => {
    const here = path.nodeIds[i];
    const next = path.nodeIds[i + 1];
    const arrow = edge.from === here ? ` —${edge.type}→ ` : ` ←${edge.type}— `;
    text += `${arrow}${name(next)}`;
  });
  return text;
}

/**
 * Node and edge ids to mark `on-path`. When claim nodes are hidden, a speaker -SAID-> claim
 * -ABOUT-> subject stretch is drawn as the derived SAID_ABOUT edge, so that edge is marked too.
 */
export function pathHighlightIds({ paths }: { paths: PathView[] }): string[] {
  const ids = new Set<string>();
  for (const path of paths) {
    path.nodeIds.forEach((id) => ids.add(id));
    path.edgeIds.forEach((id) => ids.add(id));
    path.edges.forEach((edge, i) => {
      const nextEdge = path.edges[i + 1];
      if (edge.type === 'SAID' && nextEdge?.type === 'ABOUT' && edge.to === nextEdge.from) {
        ids.add(saidAboutEdgeId({ speakerId: edge.from, subjectId: nextEdge.to }));
      }
      if (edge.type === 'ABOUT' && nextEdge?.type === 'SAID' && edge.from === nextEdge.to) {
        ids.add(saidAboutEdgeId({ speakerId: nextEdge.from, subjectId: edge.to }));
      }
    });
  }
  return [...ids];
}
