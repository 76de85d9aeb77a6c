/** Renders UI pieces inside the real providers, with the mocked API client. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { createReachabilityMonitor } from '../../../client/src/api/api-reachability';
import { ReachabilityProvider } from '../../../client/src/api/reachability-context';
import { ExplorerProvider } from '../../../client/src/state/explorer-context';
import { articleHandlers } from './api-fixtures';
import { mockApiClient, type Handler } from './mock-api-client';

export function renderWithExplorer({
  ui,
  search = '',
  handlers = articleHandlers(),
  unreachable = false,
}: {
  ui: ReactNode;
  search?: string;
  handlers?: Record<string, Handler>;
  unreachable?: boolean;
}) {
  const reachability = createReachabilityMonitor();
  const api = mockApiClient({ handlers, unreachable, before: [reachability.exchange] });
  const utils = render(
    <ReachabilityProvider monitor={reachability}>
      <Provider value={api.client}>
        <ExplorerProvider initialSearch={search} syncUrl={false}>
          {ui}
        </ExplorerProvider>
      </Provider>
    </ReachabilityProvider>,
  );
  return { ...utils, api, reachability };
}
