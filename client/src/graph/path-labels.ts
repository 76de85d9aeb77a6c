/**
 * Edge labels of a drawn path ("founded", "derived from") clear of every node and of each
 * other. Cytoscape draws an edge label at the edge's midpoint whatever lies there; this pass
 * moves each on-path label (text-margin) to the nearest free spot along the edge's normal or a
 * bit along the edge, greedily in path order. Pure geometry in `placeLabels`, cy glue below.
 */
import type { Core, EdgeSingular } from 'cytoscape';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const intersects = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

export interface LabelToPlace {
  id: string;
  source: { x: number; y: number };
  target: { x: number; y: number };
  width: number;
  height: number;
}

/** Offsets (dx, dy) from each edge's midpoint; the first that touches nothing wins, else the least overlapping. */
export function placeLabels({
  labels,
  obstacles,
}: {
  labels: LabelToPlace[];
  obstacles: Box[];
}): Map<string, { dx: number; dy: number }> {
  const placed: Box[] = [];
  const result = new Map<string, { dx: number; dy: number }>();
  for (const label of labels) {
    const vx = label.target.x - label.source.x;
    const vy = label.target.y - label.source.y;
    const length = Math.hypot(vx, vy) || 1;
    const [ux, uy] = [vx / length, vy / length];
    const [nx, ny] = [-uy, ux];
    const mid = { x: (label.source.x + label.target.x) / 2, y: (label.source.y + label.target.y) / 2 };
    const candidates: { dx: number; dy: number }[] = [];
    for (const along of [0, -0.2, 0.2, -0.35, 0.35]) {
      for (let k = 0; k <= 8; k++) {
        for (const sign of k === 0 ? [1] : [1, -1]) {
          const side = sign * k * 14;
          candidates.push({ dx: ux * along * length + nx * side, dy: uy * along * length + ny * side });
        }
      }
    }
    const boxAt = ({ dx, dy }: { dx: number; dy: number }): Box => ({
      x1: mid.x + dx - label.width / 2,
      x2: mid.x + dx + label.width / 2,
      y1: mid.y + dy - label.height / 2,
      y2: mid.y + dy + label.height / 2,
    });
    let best = candidates[0];
    let bestCost = Infinity;
    for (const candidate of candidates) {
      const box = boxAt(candidate);
      const cost = [...obstacles, ...placed].reduce(
        (sum, o) => sum + (intersects(box, o) ? overlapArea(box, o) : 0),
        0,
      );
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
        if (cost === 0) break;
      }
    }
    placed.push(boxAt(best));
    result.set(label.id, best);
  }
  return result;
}

/** A little room around each label so boxes never touch. */
const GAP = 3;

export function placePathLabels({ cy }: { cy: Core }): void {
  const onPath = (cy.edges('.on-path').toArray() as EdgeSingular[]).filter((e) => e.visible());
  cy.batch(() => cy.edges().removeStyle('text-margin-x text-margin-y'));
  if (onPath.length === 0) return;
  const obstacles = cy
    .nodes()
    .filter((n) => n.visible())
    .map((n) => {
      const b = n.boundingBox({ includeLabels: true });
      return { x1: b.x1 - GAP, y1: b.y1 - GAP, x2: b.x2 + GAP, y2: b.y2 + GAP };
    });
  const labels = onPath.map((edge) => {
    const text = String(edge.data('label') ?? '');
    const fontSize = parseFloat(String(edge.style('font-size'))) || 14;
    return {
      id: edge.id(),
      source: edge.source().position(),
      target: edge.target().position(),
      // Roughly a sans-serif's average advance, plus the label's padding and border.
      width: text.length * fontSize * 0.58 + 10 + 2 * GAP,
      height: fontSize * 1.25 + 8 + 2 * GAP,
    };
  });
  const offsets = placeLabels({ labels, obstacles });
  cy.batch(() => {
    for (const [id, { dx, dy }] of offsets) cy.getElementById(id).style({ 'text-margin-x': dx, 'text-margin-y': dy });
  });
}
