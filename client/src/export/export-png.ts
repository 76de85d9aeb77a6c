/**
 * PNG of the whole drawn graph with a title above it and the legend (colour and shape per node
 * type shown) under it, so the picture explains itself when it is pasted somewhere else.
 * Cytoscape renders the graph (cy.png); a plain canvas adds the title and legend.
 */
import type { Core } from 'cytoscape';
import type { NodeType } from '../../../domain/vocabulary';
import { NODE_APPEARANCE } from '../graph/node-appearance';

const SCALE = 2;
const PAD = 16 * SCALE;
const TITLE_PX = 20 * SCALE;
const TEXT_PX = 13 * SCALE;
const SWATCH = 12 * SCALE;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the graph image did not decode'));
    image.src = src;
  });
}

/** Legend entries laid out left to right, wrapping at `width`; returns their positions. */
function legendRows({ ctx, types, width }: { ctx: CanvasRenderingContext2D; types: NodeType[]; width: number }) {
  const placed: { type: NodeType; x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const type of types) {
    const entry =
      SWATCH + 6 * SCALE + ctx.measureText(`${type} (${NODE_APPEARANCE[type].shapeName})`).width + 18 * SCALE;
    if (x + entry > width - PAD && x > PAD) {
      row += 1;
      x = PAD;
    }
    placed.push({ type, x, row });
    x += entry;
  }
  return { placed, rows: row + 1 };
}

export async function renderGraphPng({
  cy,
  title,
  subtitle,
}: {
  cy: Core;
  title: string;
  subtitle: string;
}): Promise<string> {
  const graph = await loadImage(cy.png({ full: true, scale: SCALE, bg: '#ffffff', output: 'base64uri' }));
  const types = [...new Set(cy.nodes(':visible').map((n) => n.data('type') as NodeType))]
    .filter((t) => NODE_APPEARANCE[t])
    .sort();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  const width = Math.max(graph.width + 2 * PAD, 640 * SCALE);
  ctx.font = `${TEXT_PX}px sans-serif`;
  const legend = legendRows({ ctx, types, width });
  const header = PAD + TITLE_PX + 8 * SCALE + TEXT_PX + PAD;
  const rowHeight = SWATCH + 10 * SCALE;
  const footer = PAD + legend.rows * rowHeight + PAD;
  canvas.width = width;
  canvas.height = header + graph.height + footer;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'top';
  ctx.font = `bold ${TITLE_PX}px sans-serif`;
  ctx.fillText(title, PAD, PAD);
  ctx.font = `${TEXT_PX}px sans-serif`;
  ctx.fillStyle = '#555555';
  ctx.fillText(subtitle, PAD, PAD + TITLE_PX + 8 * SCALE);
  ctx.drawImage(graph, (width - graph.width) / 2, header);
  const legendTop = header + graph.height + PAD;
  ctx.strokeStyle = '#dddddd';
  ctx.beginPath();
  ctx.moveTo(PAD, legendTop - PAD / 2);
  ctx.lineTo(width - PAD, legendTop - PAD / 2);
  ctx.stroke();
  for (const { type, x, row } of legend.placed) {
    const y = legendTop + row * rowHeight;
    ctx.fillStyle = NODE_APPEARANCE[type].color;
    ctx.fillRect(x, y, SWATCH, SWATCH);
    ctx.fillStyle = '#222222';
    ctx.fillText(`${type} (${NODE_APPEARANCE[type].shapeName})`, x + SWATCH + 6 * SCALE, y);
  }
  return canvas.toDataURL('image/png');
}
