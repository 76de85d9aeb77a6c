/**
 * The first small view's label pass and the User Timing marks GraphCanvas leaves for the browser's
 * performance panel (tests/e2e/measure-layout.ts reads them). Only ever called with the instance
 * GraphCanvas owns.
 */
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { applyReadableLabels, fitReadable, overlappingBoxes, readableFontSize, setLabelCap } from './readable-view';
import { tidyLayout } from './tidy-layout';

const timing = () => (typeof performance === 'undefined' || !performance.mark ? null : performance);
export const mark = (name: string) => timing()?.mark(name);
export const measure = ({ name, start, end }: { name: string; start: string; end?: string }) => {
  try {
    timing()?.measure(name, start, end);
  } catch {
    // A missing mark only costs the measurement, never the picture.
  }
};

export const nextFrame = (run: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : setTimeout(run, 0);

/**
 * The first view's label pass (see readable-view.ts): rounds of grow → tidy → fit until the
 * size settles, then, where the tidy pass found no room for labels that large (a narrower
 * canvas), shrink them a pixel at a time until no two boxes overlap; that size stays the cap.
 */
export function settleLabels({ cy, shown, onDone }: { cy: Core; shown: cytoscape.Collection; onDone: () => void }) {
  const shrink = (size: number) =>
    nextFrame(() => {
      if (cy.destroyed()) return;
      tidyLayout({ cy, shown });
      if (size <= 16 || overlappingBoxes({ nodes: shown.nodes() }) === 0) return onDone();
      const smaller = Math.max(16, size - 1);
      setLabelCap({ cy, size: smaller });
      applyReadableLabels({ cy });
      shrink(smaller);
    });
  const round = (i: number) => {
    const size = readableFontSize({ zoom: cy.zoom() });
    applyReadableLabels({ cy });
    nextFrame(() => {
      if (cy.destroyed()) return;
      tidyLayout({ cy, shown });
      fitReadable({ cy });
      if (i < 5 && readableFontSize({ zoom: cy.zoom() }) > size) return round(i + 1);
      // The last fit may have zoomed out a little more: match it without another fit.
      applyReadableLabels({ cy });
      shrink(readableFontSize({ zoom: cy.zoom() }));
    });
  };
  round(0);
}
