/**
 * Paths written out as text ("Kai-Fu Lee —founded→ 01.AI —derived from→ LLaMA"), as steps a
 * reader can click ("Kai-Fu Lee founded 01.AI"), and the ids to highlight for them on the
 * canvas. An edge walked against its direction is written ←name—.
 */
import type { PathView } from '../state/graph-model';
import { saidAboutEdgeId } from './visible-graph';

/** A relationship type as words: FOUNDED → "founded", DERIVED_FROM → "derived from". */
export function relationName({ type }: { type: string }): string {
  if (type === 'ABOUT') return 'is about';
  if (type === 'SAID_ABOUT') return 'said about';
  return type.toLowerCase().replace(/_/g, ' ');
}

export interface PathStep {
  edgeId: string;
  type: string;
  /** The sentence, always in the edge's own direction ("Kai-Fu Lee founded 01.AI"). */
  text: string;
  /** The claim a SAID / ABOUT step passes through: its evidence is that claim. */
  claimId: string | null;
}

export function pathSteps({ path }: { path: PathView }): PathStep[] {
  const name = (id: string) => path.nodes.find((n) => n.id === id)?.name ?? id;
  return path.edges.map((edge) => ({
    edgeId: edge.id,
    type: edge.type,
    text: `${name(edge.from)} ${relationName({ type: edge.type })} ${name(edge.to)}`,
    claimId: edge.type === 'SAID' ? edge.to : edge.type === 'ABOUT' ? edge.from : null,
  }));
}

export function pathText({ path }: { path: PathView }): string {
  const name = (id: string) => path.nodes.find((n) => n.id === id)?.name ?? id;
  let text = name(path.nodeIds[0]);
  path.edges.forEach((edge, i) => {
    const here = path.nodeIds[i];
    const next = path.nodeIds[i + 1];
    const relation = relationName({ type: edge.type });
    const arrow = edge.from === here ? ` —${relation}→ ` : ` ←${relation}— `;
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
