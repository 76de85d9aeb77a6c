/** Shown when the initial load fails: what went wrong and a Retry button. */
import { useExplorer } from '../state/explorer-context';

export function ApiBanner() {
  const { state, actions } = useExplorer();
  if (state.load.status !== 'error') return null;
  const unreachable = state.load.message.startsWith('API unreachable');
  return (
    <div role="alert" className="banner">
      <strong>{unreachable ? 'API unreachable.' : 'The API returned an error.'}</strong>{' '}
      <span>{unreachable ? 'The graph could not be loaded; is the server running?' : state.load.message}</span>{' '}
      <button type="button" onClick={actions.reload}>
        Retry
      </button>
    </div>
  );
}
