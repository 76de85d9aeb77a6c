/** Hands the page's ReachabilityMonitor to components (the banner) and lets them read it. */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { createReachabilityMonitor, type Reachability, type ReachabilityMonitor } from './api-reachability';

// Without a provider nothing reports into it, so it simply stays online.
const fallback = createReachabilityMonitor();
const ReachabilityContext = createContext<ReachabilityMonitor>(fallback);

export function ReachabilityProvider({ monitor, children }: { monitor: ReachabilityMonitor; children: ReactNode }) {
  return <ReachabilityContext.Provider value={monitor}>{children}</ReachabilityContext.Provider>;
}

export function useReachability(): { reachability: Reachability; monitor: ReachabilityMonitor } {
  const monitor = useContext(ReachabilityContext);
  const reachability = useSyncExternalStore(monitor.subscribe, monitor.current, monitor.current);
  return { reachability, monitor };
}
