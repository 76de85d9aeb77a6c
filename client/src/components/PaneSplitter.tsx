/**
 * The bar between the graph and the lower panes (path finder, reader, views): drag it, or focus
 * it and use the arrow keys, to give the reader or the debates more room. It sets the share of
 * the workspace's height the graph takes (a CSS variable the grid reads), between 20% and 85%.
 */
import { useState, type KeyboardEvent, type PointerEvent } from 'react';

const MIN = 0.2;
const MAX = 0.85;
const STEP = 0.05;
/** The graph's share until the bar is moved (the CSS default in navigation.css says the same). */
const DEFAULT_SHARE = 0.64;
const clamp = (share: number) => Math.min(MAX, Math.max(MIN, share));

function apply({ workspace, share }: { workspace: HTMLElement; share: number }) {
  workspace.style.setProperty('--graph-share', `${share}fr`);
  workspace.style.setProperty('--lower-share', `${1 - share}fr`);
}

export function PaneSplitter() {
  const [share, setShare] = useState(DEFAULT_SHARE);
  const workspaceOf = (el: HTMLElement) => el.closest<HTMLElement>('.workspace');
  const set = (el: HTMLElement, next: number) => {
    const workspace = workspaceOf(el);
    const value = clamp(next);
    if (workspace) apply({ workspace, share: value });
    setShare(value);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const bar = event.currentTarget;
    const workspace = workspaceOf(bar);
    if (!workspace) return;
    bar.setPointerCapture?.(event.pointerId);
    const box = workspace.getBoundingClientRect();
    const move = (e: globalThis.PointerEvent) => set(bar, (e.clientY - box.top) / Math.max(box.height, 1));
    const up = () => {
      bar.removeEventListener('pointermove', move);
      bar.removeEventListener('pointerup', up);
    };
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowUp') set(event.currentTarget, share - STEP);
    else if (event.key === 'ArrowDown') set(event.currentTarget, share + STEP);
    else return;
    event.preventDefault();
  };
  return (
    <div
      className="pane-splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the graph and the panes below"
      aria-valuemin={MIN * 100}
      aria-valuemax={MAX * 100}
      aria-valuenow={Math.round(share * 100)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
