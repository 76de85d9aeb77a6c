/**
 * Where the camera goes. Fitting the whole article into a phone-width canvas shrinks 16px
 * labels to ~4px; below MIN_FIT_ZOOM the view zooms in to READABLE_ZOOM instead (centred on the
 * picture) and the rest is a pan or pinch away. A focused node or edge is centred at a zoom
 * where its labels read, an edge with both of its ends in view.
 */
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { HIDDEN_CLASS } from './cytoscape-stylesheet';

/** Below this the fitted picture's labels are under ~7px. */
export const MIN_FIT_ZOOM = 0.45;
/** 16px labels at ~11px. */
export const READABLE_ZOOM = 0.7;
const PADDING = 40;

export function fitReadable({ cy }: { cy: Core }): void {
  cy.fit(undefined, PADDING);
  if (cy.zoom() >= MIN_FIT_ZOOM) return;
  cy.zoom(READABLE_ZOOM);
  cy.center();
}

/** A node found by search or link is never shown closer than this: labels at their own size. */
export const MAX_FOCUS_ZOOM = 1;

/**
 * The camera for a node: the node with its drawn neighbours, as close as shows them all but
 * never closer than MAX_FOCUS_ZOOM (a lone node is not blown up to fill the screen), and never
 * further out than labels read at MIN_LABEL_PX (a hub's whole neighbourhood would be a blur):
 * then the node is centred and the rest of its neighbours are a pan away.
 */
function nodeView({ cy, node }: { cy: Core; node: cytoscape.NodeSingular }) {
  // Type-hidden neighbours are not drawn. Nodes hidden one by one are not left out: the focus
  // mode this may frame shows them again, and their class may not be updated yet.
  const around = node
    .closedNeighborhood()
    .nodes()
    .filter((n) => !n.hasClass(HIDDEN_CLASS) || n.same(node));
  const box = around.boundingBox({ includeLabels: true });
  const fits = Math.min(
    (cy.width() - 2 * PADDING) / Math.max(box.w, 1),
    (cy.height() - 2 * PADDING) / Math.max(box.h, 1),
  );
  const cap = Number(cy.scratch(CAP_KEY)) || MAX_FONT;
  const readable = Math.min(MAX_FOCUS_ZOOM, MIN_LABEL_PX / cap);
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FOCUS_ZOOM, Math.max(fits, readable)));
  return { center: { eles: fits >= readable ? around : node }, zoom };
}

/** The zoom and centre for focusing an element (node or edge), as cy.animate options. */
export function focusView({ cy, id }: { cy: Core; id: string }) {
  const element = cy.getElementById(id);
  if (element.empty()) return null;
  if (element.isNode()) return nodeView({ cy, node: element as cytoscape.NodeSingular });
  const wanted = Math.max(cy.zoom(), 1);
  // An edge comes with its two ends.
  const edge = element as cytoscape.EdgeSingular;
  const withEnds = edge.union(edge.connectedNodes());
  const box = withEnds.boundingBox({ includeLabels: true });
  // As close as "1" allows, but never so close that an end falls outside the canvas.
  const fits = Math.min(
    (cy.width() - 2 * PADDING) / Math.max(box.w, 1),
    (cy.height() - 2 * PADDING) / Math.max(box.h, 1),
  );
  return { center: { eles: withEnds }, zoom: Math.max(cy.minZoom(), Math.min(wanted, fits)) };
}

/** Entity labels are never drawn smaller than this on screen (the first view at 1440x900 zooms to ~0.6). */
export const MIN_LABEL_PX = 11;
const BASE_FONT = 16;
/**
 * Zoomed far out, labels stop growing: a readable label for every node would cover the picture.
 * 23 keeps 11 px down to a zoom of 0.48, which the two-source seed's first view at 1440x900 needs.
 */
const MAX_FONT = 23;

/** The entity label size for the current zoom: BASE_FONT, raised so it reads as MIN_LABEL_PX on screen. */
export const readableFontSize = ({ zoom }: { zoom: number }) =>
  Math.max(BASE_FONT, Math.min(MAX_FONT, MIN_LABEL_PX / zoom));

/** The largest label size the first view's layout found room for (GraphCanvas sets it). */
const CAP_KEY = 'whosaid-label-cap';
export const setLabelCap = ({ cy, size }: { cy: Core; size: number }) => cy.scratch(CAP_KEY, size);

/** Sets the entity label size for the current zoom; true when it changed (label boxes moved). */
export function applyReadableLabels({ cy }: { cy: Core }): boolean {
  const cap = Number(cy.scratch(CAP_KEY)) || MAX_FONT;
  const size = Math.min(cap, readableFontSize({ zoom: cy.zoom() }));
  const nodes = cy.nodes('[type != "Claim"]');
  // Only ever grows during the first view's rounds; shrinks again when the reader zooms in.
  if (nodes.empty() || parseFloat(String(nodes[0].style('font-size'))) === size) return false;
  cy.batch(() => nodes.style('font-size', size));
  return true;
}

/** Pairs of shown nodes whose label-inclusive boxes overlap (model coordinates). */
export function overlappingBoxes({ nodes }: { nodes: cytoscape.NodeCollection }): number {
  const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true }));
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1)) count++;
    }
  }
  return count;
}
