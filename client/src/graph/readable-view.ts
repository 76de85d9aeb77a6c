/**
 * Where the camera goes. Fitting the whole article into a phone-width canvas shrinks 16px
 * labels to ~4px; below MIN_FIT_ZOOM the view zooms in to READABLE_ZOOM instead (centred on the
 * picture) and the rest is a pan or pinch away. A focused node or edge is centred at a zoom
 * where its labels read, an edge with both of its ends in view.
 */
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
  const fits = Math.min((cy.width() - 2 * PADDING) / Math.max(box.w, 1), (cy.height() - 2 * PADDING) / Math.max(box.h, 1));
  return { center: { eles: withEnds }, zoom: Math.max(cy.minZoom(), Math.min(wanted, fits)) };
}
