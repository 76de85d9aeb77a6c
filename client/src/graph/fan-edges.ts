/**
 * The article's author says something about nearly everything, so their dashed "said about"
 * lines fan across the whole first picture. Fans of FAN_SIZE or more such lines from one speaker
 * are drawn faint (class `fan`) until one of their ends is selected or the edge is hovered,
 * selected or on a path (stylesheet): the facts read first, the commentary stays findable.
 */
import type { Core } from 'cytoscape';

export const FAN_SIZE = 8;
export const FAN_CLASS = 'fan';

export function markFans({ cy }: { cy: Core }): void {
  const saidAbout = cy.edges('[type = "SAID_ABOUT"]');
  const bySpeaker = new Map<string, number>();
  saidAbout.forEach((e) => {
    bySpeaker.set(e.data('source'), (bySpeaker.get(e.data('source')) ?? 0) + 1);
  });
  cy.batch(() => {
    saidAbout.forEach((e) => {
      if ((bySpeaker.get(e.data('source')) ?? 0) >= FAN_SIZE) e.addClass(FAN_CLASS);
      else e.removeClass(FAN_CLASS);
    });
  });
}
