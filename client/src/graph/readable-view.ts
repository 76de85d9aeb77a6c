/**
 * Where the camera goes. Fitting the whole article into a phone-width canvas shrinks 16px
 * labels to ~4px; below MIN_FIT_ZOOM the view zooms in to READABLE_ZOOM instead (centred on the
 * picture) and the rest is a pan or pinch away. A focused node or edge is centred at a zoom
 * where its labels read, an edge with both of its ends in view.
 */
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';

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

/** The zoom and centre for focusing an element (node or edge), as cy.animate options. */
export function focusView({ cy, id }: { cy: Core; id: string }) {
  const element = cy.getElementById(id);
  if (element.empty()) return null;
  const wanted = Math.max(cy.zoom(), 1);
  // For an edge, its two ends; for a node, nothing more.
  const withEnds = element.union(element.connectedNodes());
  if (element.isNode()) return { center: { eles: element }, zoom: wanted };
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
/** Zoomed far out, labels stop growing: a readable label for every node would cover the picture. */
const MAX_FONT = 21.5;

/** The entity label size for the current zoom: BASE_FONT, raised so it reads as MIN_LABEL_PX on screen. */
export const readableFontSize = ({ zoom }: { zoom: number }) =>
  Math.max(BASE_FONT, Math.min(MAX_FONT, MIN_LABEL_PX / zoom));

/** The largest label size the first view's layout found room for (GraphCanvas sets it). */
const CAP_KEY = 'whosaid-label-cap';
export const setLabelCap = ({ cy, size }: { cy: Core; size: number }) => cy.scratch(CAP_KEY, size);

export function applyReadableLabels({ cy }: { cy: Core }): void {
  const cap = Number(cy.scratch(CAP_KEY)) || MAX_FONT;
  const size = Math.min(cap, readableFontSize({ zoom: cy.zoom() }));
  const nodes = cy.nodes('[type != "Claim"]');
  // Only ever grows during the first view's rounds; shrinks again when the reader zooms in.
  if (nodes.nonempty() && parseFloat(String(nodes[0].style('font-size'))) === size) return;
  cy.batch(() => nodes.style('font-size', size));
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
