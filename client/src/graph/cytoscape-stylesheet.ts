/**
 * The Cytoscape stylesheet. Edge labels only appear on hover/selection/path: with every
 * relationship type written out at once the labels drown the names.
 */
import { PROPOSED_STYLES } from '../curation/proposed-style';
import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from '../../../domain/vocabulary';
import { NODE_APPEARANCE } from './node-appearance';

/** Nodes of a hidden type: not drawn (nor their edges), but still there with their positions. */
export const HIDDEN_CLASS = 'type-hidden';
/** Nodes the reader hid one by one, or outside a focus (ViewControls.tsx). */
export const USER_HIDDEN_CLASS = 'user-hidden';

export function graphStylesheet(): StylesheetJson {
  const byType = NODE_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': NODE_APPEARANCE[type].color, shape: NODE_APPEARANCE[type].shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        // Large enough to stay legible after the initial fit zooms out to show the whole article.
        'font-size': 16,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Long names wrap onto a second line rather than being cut short.
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 30,
        height: 30,
        'border-width': 1,
        'border-color': '#333',
        color: '#1b1b1b',
      },
    },
    ...byType,
    // Node size by degree or by claims (ViewControls), when chosen.
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node[type = "Claim"]', style: { width: 16, height: 16, 'font-size': 9, 'text-max-width': '110px' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa3ad',
        'target-arrow-color': '#9aa3ad',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        // Same size as node labels (the fit zooms out to ~0.6) and horizontal on an opaque,
        // outlined box: a rotated 10px label along a steep line was unreadable.
        'font-size': 14,
        'text-rotation': 'none',
        color: '#0b2f57',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '3px',
        'text-background-shape': 'roundrectangle',
        'text-border-width': 1,
        'text-border-color': '#9aa3ad',
        'text-border-opacity': 1,
      },
    },
    {
      selector: 'edge[type = "SAID_ABOUT"]',
      style: { 'line-style': 'dashed', 'line-color': '#b7b86a', 'target-arrow-color': '#b7b86a' },
    },
    {
      selector: 'edge[type = "SAID"], edge[type = "ABOUT"]',
      style: { 'line-color': '#c9ca8c', 'target-arrow-color': '#c9ca8c' },
    },
    // Edges by support and the timeline's period filter (client/src/weighing/; the legend explains the
    // first), before the selection and path rules so those still win.
    {
      selector: 'edge.support-self-only',
      style: { 'line-style': 'dashed', 'line-color': '#d99a00', 'target-arrow-color': '#d99a00' },
    },
    {
      selector: 'edge.support-corroborated',
      style: { width: 3.5, 'line-color': '#4a5561', 'target-arrow-color': '#4a5561' },
    },
    { selector: '.out-of-period', style: { display: 'none' } },
    // The author's fan of "said about" lines (fan-edges.ts), faint unless in play.
    { selector: 'edge.fan', style: { opacity: 0.3, width: 1 } },
    { selector: 'edge.fan.hover, edge.fan:selected, edge.fan.on-path', style: { opacity: 1 } },
    ...PROPOSED_STYLES,
    { selector: 'edge.hover, edge:selected, edge.on-path', style: { label: 'data(label)' } },
    // The selected edge and its label are drawn above everything else, nodes' labels included
    // (a short edge's label would otherwise hide under its end's name).
    {
      selector: 'edge:selected',
      style: { width: 3, 'line-color': '#0b5cad', 'target-arrow-color': '#0b5cad', 'z-compound-depth': 'top' },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b5cad' } },
    { selector: 'node.highlighted', style: { 'border-width': 4, 'border-color': '#f0a500' } },
    // Separate node and edge rules: `width` means line width on an edge but size on a node.
    {
      selector: 'edge.on-path',
      style: { 'line-color': '#e4572e', 'target-arrow-color': '#e4572e', width: 4, 'z-index': 10 },
    },
    { selector: 'node.on-path', style: { 'border-color': '#e4572e', 'border-width': 4, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: `node.${HIDDEN_CLASS}`, style: { display: 'none' } },
    { selector: `node.${USER_HIDDEN_CLASS}`, style: { display: 'none' } },
    // Cytoscape's typings narrow each property per selector kind; the plain objects above are
    // checked by Cytoscape at runtime (it warns on unknown properties), so widen here once.
  ] as unknown as StylesheetJson;
}
