/**
 * Controls over the canvas, as Bloom and Kumu users expect them: fit the picture to the screen,
 * focus on the selected node and its neighbours, hide the selected node, show everything again,
 * and size nodes by degree or by how many claims name them. Focus and hiding are explorer state
 * (in the link and in history), drawn as a class on the canvas (display: none), like hidden
 * types: nothing is unloaded and nothing moves.
 */
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { useExplorer } from '../state/explorer-context';
import { USER_HIDDEN_CLASS } from './cytoscape-stylesheet';
import { isLargeView } from './cy-instance';
import { fitReadable } from './readable-view';
import { fitLargeView } from './sized-layout';
import { applyUserHidden } from './user-hidden';

type SizeBy = 'uniform' | 'degree' | 'claims';
const MIN_SIZE = 24;
const MAX_SIZE = 64;

export function ViewControls({ cy }: { cy: Core | null }) {
  const { state, dispatch } = useExplorer();
  const [sizeBy, setSizeBy] = useState<SizeBy>('uniform');
  const [hiddenCount, setHiddenCount] = useState(0);
  const selectedNode = state.selection.kind === 'node' ? state.selection.id : null;

  useEffect(() => {
    if (!cy) return;
    const claimCounts = new Map<string, number>();
    for (const claim of Object.values(state.claims)) {
      for (const id of new Set([claim.speaker.id, ...claim.subjects.map((s) => s.id)])) {
        claimCounts.set(id, (claimCounts.get(id) ?? 0) + 1);
      }
    }
    const nodes = cy.nodes('[type != "Claim"]');
    cy.batch(() => {
      if (sizeBy === 'uniform') {
        nodes.removeData('size');
        return;
      }
      const value = (n: (typeof nodes)[number]) =>
        sizeBy === 'degree' ? n.degree(false) : (claimCounts.get(n.id()) ?? 0);
      const max = Math.max(1, ...nodes.map(value));
      // Area grows with the value (a square root), so a hub does not swallow its neighbours.
      nodes.forEach((n) => {
        n.data('size', MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(value(n) / max));
      });
    });
  }, [cy, sizeBy, state.claims, state.nodes, state.edges]);

  // Focus mode and hidden nodes live in the explorer state (links, Back/Forward); the canvas
  // mirrors them as a class, again whenever the drawn graph changes (an expansion, a link replay).
  const { focusedOn, hiddenNodes } = state;
  useEffect(() => {
    if (!cy) return;
    applyUserHidden({ cy, focusedOn, hiddenNodes });
    setHiddenCount(cy.nodes(`.${USER_HIDDEN_CLASS}`).length);
  }, [cy, focusedOn, hiddenNodes, state.nodes, state.edges, state.showClaims]);
  const focus = () => selectedNode && dispatch({ type: 'view/focus', id: selectedNode });
  const hideOne = () => selectedNode && dispatch({ type: 'view/hide-node', id: selectedNode });
  const showAll = () => dispatch({ type: 'view/show-all' });

  return (
    <div className="view-controls" role="toolbar" aria-label="View">
      <button
        type="button"
        disabled={!cy}
        onClick={() => {
          if (!cy) return;
          if (isLargeView(cy)) return fitLargeView({ cy, eles: cy.elements(':visible') });
          cy.animate(
            { fit: { eles: cy.elements(':visible'), padding: 40 } },
            { duration: 300, complete: () => cy.zoom() < 0.45 && fitReadable({ cy }) },
          );
        }}
      >
        Fit to screen
      </button>
      <button
        type="button"
        disabled={!cy || !selectedNode}
        onClick={focus}
        title="Show only the selected node and its neighbours"
      >
        Focus
      </button>
      <button type="button" disabled={!cy || !selectedNode} onClick={hideOne}>
        Hide node
      </button>
      {(hiddenCount > 0 || focusedOn !== null || hiddenNodes.length > 0) && (
        <button type="button" onClick={showAll}>
          Show all ({hiddenCount} hidden)
        </button>
      )}
      <label>
        Size{' '}
        <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeBy)} aria-label="Node size">
          <option value="uniform">uniform</option>
          <option value="degree">by connections</option>
          <option value="claims">by claims</option>
        </select>
      </label>
    </div>
  );
}
