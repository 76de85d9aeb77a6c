/**
 * How GraphCanvas's element set follows the drawn graph: patch by id (add new, remove gone,
 * update data), give new nodes a starting position, and mirror hidden types as a class.
 * Only ever called with the instance GraphCanvas owns.
 */
import type { Core, ElementDefinition, NodeCollection, NodeSingular } from 'cytoscape';
import type { ClientEdge, ClientNode } from '../state/graph-model';
import { HIDDEN_CLASS } from './cytoscape-stylesheet';
import { startingPositions } from './layout-options';
import { relationName } from './path-text';
import { seedOf, withSeededRandom } from './seeded-random';

/** The part of cytoscape-layout-utilities' instance API we use (the extension ships no types). */
interface LayoutUtilities {
  placeNewNodes: (nodes: NodeCollection) => void;
}
export const layoutUtilitiesOf = (cy: Core) => (options: object | 'get') =>
  (cy as unknown as { layoutUtilities: (options: object | 'get') => LayoutUtilities }).layoutUtilities(options);

const shortLabel = (node: ClientNode) =>
  node.type === 'Claim' && node.label.length > 40 ? `${node.label.slice(0, 38)}…` : node.label;

function nodeData(node: ClientNode) {
  return {
    id: node.id,
    type: node.type,
    label: shortLabel(node),
    fullLabel: node.label,
    proposed: node.reviewed === false,
  };
}
function edgeData(edge: ClientEdge) {
  const relation = relationName({ type: edge.type });
  const typed = edge.role ? `${relation} (${edge.role})` : relation;
  const proposed = edge.reviewed === false;
  const label = proposed ? `${typed} · proposed` : typed;
  return { id: edge.id, source: edge.from, target: edge.to, type: edge.type, role: edge.role ?? '', label, proposed };
}

/**
 * Applies the difference between what cy shows and what should be shown; returns new node ids.
 * `placeNew: false` leaves new nodes unplaced (large views place them in sized-layout.ts).
 */
export function patchElements({
  cy,
  nodes,
  edges,
  placeNew = true,
}: {
  cy: Core;
  nodes: ClientNode[];
  edges: ClientEdge[];
  placeNew?: boolean;
}): string[] {
  const wantedNodes = new Map(nodes.map((n) => [n.id, n]));
  const wantedEdges = new Map(edges.map((e) => [e.id, e]));
  const added: string[] = [];
  let firstPicture = false;
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      if (!wantedEdges.has(edge.id())) edge.remove();
    });
    cy.nodes().forEach((node) => {
      if (!wantedNodes.has(node.id())) node.remove();
    });
    const toAdd: ElementDefinition[] = [];
    for (const node of nodes) {
      const existing = cy.getElementById(node.id);
      if (existing.nonempty()) existing.data(nodeData(node));
      else {
        toAdd.push({ group: 'nodes', data: nodeData(node) });
        added.push(node.id);
      }
    }
    for (const edge of edges) {
      const existing = cy.getElementById(edge.id);
      if (existing.nonempty()) existing.data(edgeData(edge));
      else toAdd.push({ group: 'edges', data: edgeData(edge) });
    }
    firstPicture = cy.nodes().empty();
    cy.add(toAdd);
  });
  // Placed after the batch: layout-utilities reads positions and visibility of the others.
  const addedIds = new Set(added);
  const addedNodes = cy.nodes().filter((n) => addedIds.has(n.id()));
  if (addedNodes.nonempty() && placeNew) {
    if (firstPicture) {
      // fcose's own start is random; ours makes the first picture repeatable.
      const neighbours = (id: string) =>
        edges.filter((e) => e.from === id || e.to === id).map((e) => (e.from === id ? e.to : e.from));
      const start = startingPositions({ newIds: added, placed: new Map(), neighbours });
      cy.batch(() => start.forEach((p, id) => cy.getElementById(id).position(p)));
    } else {
      // An expansion grows out of the nodes it touches: layout-utilities puts each new node an
      // ideal edge length from its placed neighbour, in the least crowded quadrant (with a small
      // random offset, drawn from a generator seeded by the graph: see seeded-random.ts).
      // Seeded by the graph, so the same expansion of the same graph lands the same way.
      withSeededRandom({
        seed: seedOf({ ids: cy.nodes().map((n) => n.id()) }),
        run: () => layoutUtilitiesOf(cy)('get').placeNewNodes(addedNodes),
      });
    }
  }
  return added;
}

/**
 * What is shown: everything but hidden-type nodes and their edges. Read from the class, not
 * `:visible`, which reads a style cache that headless Cytoscape (and code running before the
 * next frame) has not refreshed yet after a class change.
 */
export function shownElements({ cy }: { cy: Core }) {
  // Filtered in place: fcose's result depends on element order, so keep cy's own order.
  const shown = (node: NodeSingular) => !node.hasClass(HIDDEN_CLASS);
  return cy.elements().filter((e) => (e.isNode() ? shown(e) : shown(e.source()) && shown(e.target())));
}

export function applyHiddenTypes({ cy, hiddenTypes }: { cy: Core; hiddenTypes: string[] }) {
  const hidden = new Set(hiddenTypes);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (hidden.has(String(node.data('type')))) node.addClass(HIDDEN_CLASS);
      else node.removeClass(HIDDEN_CLASS);
    });
  });
}

/** What a graph shows once hidden types are left out: the size layoutForSize weighs. */
export function shownCountOf({
  nodes,
  edges,
  hiddenTypes,
}: {
  nodes: ClientNode[];
  edges: ClientEdge[];
  hiddenTypes: string[];
}) {
  const hidden = new Set(hiddenTypes);
  const shownNodeIds = new Set(nodes.filter((n) => !hidden.has(n.type)).map((n) => n.id));
  return {
    nodes: shownNodeIds.size,
    edges: edges.filter((e) => shownNodeIds.has(e.from) && shownNodeIds.has(e.to)).length,
  };
}
