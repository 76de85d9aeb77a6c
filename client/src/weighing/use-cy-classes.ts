/**
 * Keeps one Cytoscape class on exactly a given set of element ids, also on elements GraphCanvas adds
 * later (it patches elements by id, so classes set here survive data updates but new elements need them).
 * The weighing layers use this instead of editing GraphCanvas: they only add classes the stylesheet knows.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';

export function useCyClasses({
  cy,
  className,
  ids,
}: {
  cy: Core | null;
  className: string;
  ids: ReadonlySet<string>;
}): void {
  useEffect(() => {
    if (!cy) return;
    let pending = false;
    const apply = () => {
      pending = false;
      if (cy.destroyed()) return;
      cy.batch(() => {
        cy.elements(`.${className}`).forEach((el) => {
          if (!ids.has(el.id())) el.removeClass(className);
        });
        for (const id of ids) cy.getElementById(id).addClass(className);
      });
    };
    // Elements arrive in bursts (one patch adds many); apply once per burst.
    const onAdd = () => {
      if (pending) return;
      pending = true;
      setTimeout(apply, 0);
    };
    apply();
    cy.on('add', onAdd);
    return () => {
      cy.removeListener('add', onAdd);
      if (!cy.destroyed()) cy.elements(`.${className}`).removeClass(className);
    };
  }, [cy, className, ids]);
}
