/**
 * The canvas from the keyboard: arrow keys move the selection to the neighbour that lies in
 * that direction on screen, Enter expands the selected node. `neighbourInDirection` is pure
 * (positions in, id out) so the choice is tested without a browser.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { focusView } from './readable-view';

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const DIRECTION: Record<ArrowKey, { x: number; y: number }> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

/** Within 67.5° of the arrow; among those, near and straight ahead beats far or sideways. */
const MIN_COS = Math.cos((67.5 * Math.PI) / 180);

export const isArrowKey = (key: string): key is ArrowKey => key in DIRECTION;

export function neighbourInDirection({
  from,
  candidates,
  key,
}: {
  from: { x: number; y: number };
  candidates: { id: string; x: number; y: number }[];
  key: ArrowKey;
}): string | null {
  const d = DIRECTION[key];
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const vx = c.x - from.x;
    const vy = c.y - from.y;
    const length = Math.hypot(vx, vy);
    if (length === 0) continue;
    const cos = (vx * d.x + vy * d.y) / length;
    if (cos < MIN_COS) continue;
    const score = length * (2 - cos);
    if (!best || score < best.score || (score === best.score && c.id < best.id)) best = { id: c.id, score };
  }
  return best?.id ?? null;
}

const shown = (node: NodeSingular) => !node.hasClass('type-hidden');

/** The node the keys start from: the selected one, else the one nearest the middle of the view. */
function startNode({ cy }: { cy: Core }): NodeSingular | null {
  const selected = cy.nodes(':selected').filter(shown);
  if (selected.nonempty()) return selected.first() as NodeSingular;
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  let best: NodeSingular | null = null;
  let distance = Infinity;
  cy.nodes()
    .filter(shown)
    .forEach((node) => {
      const p = node.renderedPosition();
      const d = Math.hypot(p.x - centre.x, p.y - centre.y);
      if (d < distance) {
        distance = d;
        best = node;
      }
    });
  return best;
}

/** Handles one key on the canvas; true when it was ours (the caller then prevents the default). */
export function handleCanvasKey({
  cy,
  key,
  onSelectNode,
  onExpand,
}: {
  cy: Core;
  key: string;
  onSelectNode: (id: string) => void;
  onExpand: (id: string) => void;
}): boolean {
  if (key === 'Enter') {
    const node = cy.nodes(':selected').filter(shown).first();
    if (node.empty()) return false;
    onExpand(node.id());
    return true;
  }
  if (!isArrowKey(key)) return false;
  const from = startNode({ cy });
  if (!from) return false;
  let next: string | null;
  if (!from.selected()) next = from.id();
  else {
    const candidates = from
      .neighborhood()
      .nodes()
      .filter(shown)
      .map((n) => ({ id: n.id(), ...(n as NodeSingular).renderedPosition() }));
    next = neighbourInDirection({ from: from.renderedPosition(), candidates, key });
  }
  if (!next) return true;
  onSelectNode(next);
  // Keep the newly selected node on screen (a person following neighbours walks off the edge).
  const p = (cy.getElementById(next) as NodeSingular).renderedPosition();
  if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()) {
    const view = focusView({ cy, id: next });
    if (view) cy.animate(view, { duration: 200 });
  }
  return true;
}
