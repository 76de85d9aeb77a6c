/**
 * The shareable part of the view, as URL query parameters, so a link reopens the same view:
 * select|edge|claim (one selection), expand (comma list, in order), wide (the expanded seeds asked with the
 * wide limit, so a link redraws the same large view), from/to/via (path),
 * hide (comma list of node types), claims=1 (claim nodes shown), tab (the open view; article is the default),
 * focus (focus mode on that node: it and its neighbours only), hideNode (comma list of nodes hidden one by one).
 */
import { isNodeType, type NodeType } from '../../../domain/vocabulary';
import type { Selection } from './graph-model';
import type { GraphState } from './graph-reducer';

export interface UrlState {
  selection: Selection;
  expand: string[];
  wide: string[];
  from: string | null;
  to: string | null;
  viaClaims: boolean;
  hide: NodeType[];
  showClaims: boolean;
  tab: string;
  focus: string | null;
  hideNode: string[];
}

export const DEFAULT_TAB = 'article';

const list = (value: string | null) => (value ? value.split(',').filter((v) => v.length > 0) : []);

export function parseUrlState({ search }: { search: string }): UrlState {
  const params = new URLSearchParams(search);
  const select = params.get('select');
  const edge = params.get('edge');
  const claim = params.get('claim');
  const selection: Selection = select
    ? { kind: 'node', id: select }
    : edge
      ? { kind: 'edge', id: edge }
      : claim
        ? { kind: 'claim', id: claim }
        : { kind: 'none' };
  return {
    selection,
    expand: [...new Set(list(params.get('expand')))],
    wide: [...new Set(list(params.get('wide')))],
    from: params.get('from') || null,
    to: params.get('to') || null,
    viaClaims: params.get('via') === 'claims',
    // Unknown types in a hand-edited link are dropped rather than breaking the view.
    hide: list(params.get('hide')).filter(isNodeType),
    showClaims: params.get('claims') === '1',
    tab: params.get('tab') || DEFAULT_TAB,
    focus: params.get('focus') || null,
    hideNode: [...new Set(list(params.get('hideNode')))],
  };
}

export function formatUrlState({ state }: { state: UrlState }): string {
  const params = new URLSearchParams();
  const { selection } = state;
  if (selection.kind === 'node') params.set('select', selection.id);
  if (selection.kind === 'edge') params.set('edge', selection.id);
  if (selection.kind === 'claim') params.set('claim', selection.id);
  if (state.expand.length > 0) params.set('expand', state.expand.join(','));
  if (state.wide.length > 0) params.set('wide', state.wide.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.viaClaims) params.set('via', 'claims');
  if (state.hide.length > 0) params.set('hide', state.hide.join(','));
  if (state.showClaims) params.set('claims', '1');
  if (state.tab !== DEFAULT_TAB) params.set('tab', state.tab);
  if (state.focus) params.set('focus', state.focus);
  if (state.hideNode.length > 0) params.set('hideNode', state.hideNode.join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function urlStateOf({ state }: { state: GraphState }): UrlState {
  return {
    selection: state.selection,
    expand: state.expansions.map((e) => e.seedId),
    wide: state.expansions.filter((e) => e.wide).map((e) => e.seedId),
    from: state.path.from,
    to: state.path.to,
    viaClaims: state.path.viaClaims,
    hide: state.hiddenTypes,
    showClaims: state.showClaims,
    tab: state.tab,
    focus: state.focusedOn,
    hideNode: state.hiddenNodes,
  };
}
