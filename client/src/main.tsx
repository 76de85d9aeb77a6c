/** Browser entry: one urql client, its reachability monitor, the explorer state, the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { createReachabilityMonitor } from './api/api-reachability';
import { ReachabilityProvider } from './api/reachability-context';
import { createApiClient } from './api/urql-client';
import { App } from './App';
import { ExplorerProvider } from './state/explorer-context';
import './styles/app.css';
import { chosenSourceId } from './curation/source-choice';
// After app.css: the second pass's rules (search groups, kept marks, path steps, view controls) refine it.
import './styles/navigation.css';

const reachability = createReachabilityMonitor();
const client = createApiClient({ reachability });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReachabilityProvider monitor={reachability}>
      <Provider value={client}>
        <ExplorerProvider sourceId={chosenSourceId()}>
          <App />
        </ExplorerProvider>
      </Provider>
    </ReachabilityProvider>
  </StrictMode>,
);
