/**
 * Colour AND shape per node type, so the graph stays readable for colour-blind readers and in
 * greyscale prints. The legend and the Cytoscape stylesheet both read this one table.
 */
import type { NodeType } from '../../../domain/vocabulary';

export interface NodeAppearance {
  color: string;
  /** A Cytoscape node shape name. */
  shape: string;
  /** A short word for the shape, used by the legend's accessible text. */
  shapeName: string;
}

export const NODE_APPEARANCE: Record<NodeType, NodeAppearance> = {
  Company: { color: '#1f77b4', shape: 'round-rectangle', shapeName: 'rounded square' },
  Model: { color: '#ff7f0e', shape: 'ellipse', shapeName: 'circle' },
  Person: { color: '#2ca02c', shape: 'triangle', shapeName: 'triangle' },
  Regulator: { color: '#d62728', shape: 'octagon', shapeName: 'octagon' },
  Organization: { color: '#9467bd', shape: 'hexagon', shapeName: 'hexagon' },
  Place: { color: '#8c564b', shape: 'diamond', shapeName: 'diamond' },
  Event: { color: '#e377c2', shape: 'star', shapeName: 'star' },
  Benchmark: { color: '#7f7f7f', shape: 'vee', shapeName: 'vee' },
  Claim: { color: '#bcbd22', shape: 'round-tag', shapeName: 'tag' },
  Source: { color: '#17becf', shape: 'rectangle', shapeName: 'square' },
};

/** The edge drawn between a speaker and a subject when claim nodes are hidden. */
export const SAID_ABOUT = 'SAID_ABOUT';
