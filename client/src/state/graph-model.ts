/**
 * Client-side shapes of what the explorer holds. They mirror the API's types but stay plain,
 * so the reducer and the pure helpers never depend on generated GraphQL code.
 */
import type { NodeType } from '../../../domain/vocabulary';

export interface ClientNode {
  id: string;
  type: NodeType;
  label: string;
  /** false: proposed by the extractor, not yet checked by a curator (drawn dashed violet). Absent = reviewed. */
  reviewed?: boolean;
}

export interface ClientEdge {
  id: string;
  /** A relationship type from the vocabulary, or SAID_ABOUT for edges derived client-side. */
  type: string;
  from: string;
  to: string;
  role: string | null;
  claimIds: string[];
  /** false: proposed (its claim or the fact itself not yet reviewed). Absent = reviewed. */
  reviewed?: boolean;
}

export interface SubgraphView {
  nodes: ClientNode[];
  edges: ClientEdge[];
  truncated: boolean;
  omittedNodes: number;
}

export interface FigureView {
  measure: string;
  label: string;
  value: number;
  unit: string;
  chart: string | null;
  isLowerBound: boolean;
}

export interface ClaimView {
  id: string;
  quote: string;
  summary: string;
  kind: string;
  date: { text: string; iso: string | null } | null;
  topic: { id: string; name: string } | null;
  stance: { id: string; label: string } | null;
  figures: FigureView[];
  speaker: { id: string; name: string; type: string };
  subjects: { id: string; name: string }[];
  span: { start: number; end: number };
  sourceId: string;
}

export interface PathView {
  nodeIds: string[];
  edgeIds: string[];
  nodes: { id: string; name: string }[];
  edges: { id: string; type: string; from: string; to: string }[];
}

/** Things a person can look at in the details panel. */
export type Selection =
  { kind: 'none' } | { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'claim'; id: string };

export type AsyncState =
  { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready' };

export type PathSearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; paths: PathView[] };

/** One "Expand" click: what it added, so "Collapse" can take exactly that away again. */
export interface Expansion {
  seedId: string;
  addedNodeIds: string[];
  addedEdgeIds: string[];
  omittedNodes: number;
  /** Asked with the wide limit ("Expand further", up to LIMITS.MAX_NODES) instead of the usual few. */
  wide?: boolean;
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
