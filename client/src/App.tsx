/** The explorer's layout: toolbar, graph with legend, details panel, and the article/views pane. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { ApiBanner } from './components/ApiBanner';
import { ArticleReader } from './components/ArticleReader';
import { DetailsPanel } from './components/DetailsPanel';
import { DisputesView } from './components/DisputesView';
import { GlobalSearch } from './components/GlobalSearch';
import { GraphListView } from './components/GraphListView';
import { Legend } from './components/Legend';
import { NumbersView } from './components/NumbersView';
import { PaneSplitter } from './components/PaneSplitter';
import { useCoarsePointer } from './components/use-coarse-pointer';
import { PathFinder } from './components/PathFinder';
import { TopicsView } from './components/TopicsView';
import { WhoSaidView } from './components/WhoSaidView';
import { ExportMenu } from './export/ExportMenu';
import { GraphView } from './graph/GraphView';
import { ViewControls } from './graph/ViewControls';
import { useExplorer } from './state/explorer-context';
import { EdgeSupportLayer } from './weighing/EdgeSupportLayer';
import { TimelineStrip } from './weighing/TimelineStrip';
import { CurationToolbar } from './curation/CurationToolbar';
import { chosenSourceId } from './curation/source-choice';

const TABS = [
  { id: 'article', label: 'Article' },
  { id: 'who', label: 'Who said what' },
  { id: 'debates', label: 'Debates' },
  { id: 'disputes', label: 'Disputes' },
  { id: 'numbers', label: 'Numbers' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** Global keys: "/" focuses the search, Escape (outside a text field) clears the selection. */
function useGlobalKeys({ search, clear }: { search: React.RefObject<HTMLInputElement | null>; clear: () => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const el = event.target as HTMLElement | null;
      const typing = el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
      if (typing) return;
      if (event.key === '/') {
        event.preventDefault();
        search.current?.focus();
      } else if (event.key === 'Escape') clear();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [search, clear]);
}

export function App() {
  const { state, dispatch, actions } = useExplorer();
  const searchRef = useRef<HTMLInputElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  // The open tab lives in the store: it is part of a shared link and of Back/Forward.
  const tab: Tab = TABS.some((t) => t.id === state.tab) ? (state.tab as Tab) : 'article';
  const setTab = (id: Tab) => dispatch({ type: 'tab/open', tab: id });
  const touch = useCoarsePointer();
  const clearSelection = useCallback(() => actions.select({ kind: 'none' }), [actions]);
  useGlobalKeys({ search: searchRef, clear: clearSelection });
  return (
    <div className="app">
      <header className="toolbar">
        <h1>
          who<span>said</span>
        </h1>
        <GlobalSearch
          ref={searchRef}
          placeholder={touch ? 'Search people, companies, models, quotes…' : undefined}
          onPickEntity={(entity) => actions.showNode(entity.id)}
          onPickClaim={(claim) => {
            dispatch({ type: 'claims/add', claims: [claim] });
            actions.selectClaim(claim.id);
          }}
        />
        <label className="inline">
          <input
            type="checkbox"
            checked={state.showClaims}
            onChange={(e) => dispatch({ type: 'claims/show', show: e.target.checked })}
          />{' '}
          Show claims as nodes
        </label>
        {state.expansions.length > 0 && (
          <button type="button" onClick={() => actions.collapse(state.expansions[state.expansions.length - 1].seedId)}>
            Undo expand ({state.expansions.length})
          </button>
        )}
        <ExportMenu cy={cy} />
        <a className="ide-link" href="/graphiql" aria-label="GraphQL IDE (GraphiQL): query the API yourself">
          GraphQL IDE
        </a>
        <CurationToolbar />
      </header>
      <ApiBanner />
      <main className="workspace">
        <div className="graph-area">
          <GraphView onReady={setCy} />
          <ViewControls cy={cy} />
          <Legend />
          <EdgeSupportLayer cy={cy} />
        </div>
        <DetailsPanel />
        <div className="lower">
          <PaneSplitter />
          <div className="lower-side">
            <PathFinder />
            <GraphListView />
          </div>
          <div className="views">
            <div role="tablist" aria-label="Views" className="tabs">
              {TABS.map((t) => (
                <button
                  key={t.id}
                  type="button"
                  role="tab"
                  id={`tab-${t.id}`}
                  aria-selected={tab === t.id}
                  aria-controls={`panel-${t.id}`}
                  onClick={() => setTab(t.id)}
                >
                  {t.label}
                </button>
              ))}
            </div>
            <div role="tabpanel" id="panel-article" aria-labelledby="tab-article" hidden={tab !== 'article'}>
              <ArticleReader sourceId={chosenSourceId()} />
              <TimelineStrip cy={cy} />
            </div>
            <div role="tabpanel" id="panel-who" aria-labelledby="tab-who" hidden={tab !== 'who'}>
              {tab === 'who' && <WhoSaidView />}
            </div>
            <div role="tabpanel" id="panel-debates" aria-labelledby="tab-debates" hidden={tab !== 'debates'}>
              {tab === 'debates' && <TopicsView />}
            </div>
            <div role="tabpanel" id="panel-disputes" aria-labelledby="tab-disputes" hidden={tab !== 'disputes'}>
              {tab === 'disputes' && <DisputesView />}
            </div>
            <div role="tabpanel" id="panel-numbers" aria-labelledby="tab-numbers" hidden={tab !== 'numbers'}>
              {tab === 'numbers' && <NumbersView />}
            </div>
          </div>
        </div>
      </main>
    </div>
  );
}
