/**
 * The page-wide "API unreachable" alert with Retry. It shows when the first load failed, and
 * also when the server goes away later: any request that fails at the network level (search,
 * a panel, an expansion, a path) reports into the reachability monitor. Retry reloads the graph
 * (the article reader follows the graph back) and re-runs the failed queries still on screen;
 * the alert goes away as soon as the API answers again. While it shows, /readyz is polled, so
 * after a server restart it clears by itself (the same as pressing Retry once the API is back).
 */

const POLL_MS = 2000;
import { useEffect } from 'react';
import { useClient } from 'urql';
import { useReachability } from '../api/reachability-context';
import { useExplorer } from '../state/explorer-context';

export function ApiBanner() {
  const { state, actions } = useExplorer();
  const client = useClient();
  const { reachability, monitor } = useReachability();
  const loadError = state.load.status === 'error' ? state.load.message : null;
  const unreachable =
    reachability.status === 'unreachable' || (loadError !== null && loadError.startsWith('API unreachable'));
  const retry = () => {
    monitor.retryFailed({ client });
    actions.reload();
  };
  const loading = state.load.status === 'loading';
  const graphLoaded = state.load.status === 'ready';
  useEffect(() => {
    if (!unreachable || loading) return;
    let stopped = false;
    const timer = setInterval(() => {
      void fetch('/readyz', { cache: 'no-store' })
        .then((response) => {
          if (stopped || !response.ok) return;
          stopped = true;
          clearInterval(timer);
          monitor.retryFailed({ client });
          monitor.reportOnline();
          if (!graphLoaded) actions.reload();
        })
        .catch(() => undefined);
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [unreachable, loading, graphLoaded, monitor, client, actions]);
  if (!unreachable && loadError === null) return null;
  return (
    <div role="alert" className="banner">
      <strong>{unreachable ? 'API unreachable.' : 'The API returned an error.'}</strong>{' '}
      <span>
        {unreachable
          ? state.load.status === 'ready'
            ? 'The server stopped answering; is it still running?'
            : 'The graph could not be loaded; is the server running?'
          : loadError}
      </span>{' '}
      <button type="button" onClick={retry} disabled={state.load.status === 'loading'}>
        Retry
      </button>
    </div>
  );
}
