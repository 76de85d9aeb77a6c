/**
 * Focus mode and nodes hidden one by one, mirrored onto the canvas as USER_HIDDEN_CLASS
 * (display: none; positions kept). Focus keeps the node and its neighbours as loaded now, so an
 * expansion of the focused node shows its new neighbours too.
 */
import type { Core } from 'cytoscape';
import { USER_HIDDEN_CLASS } from './cytoscape-stylesheet';

export function applyUserHidden({
  cy,
  focusedOn,
  hiddenNodes,
}: {
  cy: Core;
  focusedOn: string | null;
  hiddenNodes: string[];
}): void {
  const focused = focusedOn ? cy.getElementById(focusedOn) : cy.collection();
  // A focus on a node that is not drawn (a bad id in a link) hides nothing rather than everything.
  const kept = focused.nonempty() ? focused.closedNeighborhood().nodes() : cy.nodes();
  const hidden = new Set(hiddenNodes);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (!kept.contains(node) || hidden.has(node.id())) node.addClass(USER_HIDDEN_CLASS);
      else node.removeClass(USER_HIDDEN_CLASS);
    });
  });
}
