/** Browser entry: one urql client, the explorer state, the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { createApiClient } from './api/urql-client';
import { App } from './App';
import { ExplorerProvider } from './state/explorer-context';
import './styles/app.css';

const client = createApiClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={client}>
      <ExplorerProvider>
        <App />
      </ExplorerProvider>
    </Provider>
  </StrictMode>,
);
