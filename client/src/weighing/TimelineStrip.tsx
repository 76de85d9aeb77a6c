/**
 * The timeline strip under the reader: the dated claims on a year axis (claim date, else the source's
 * publication date), the undated ones counted apart. Picking a year (shift: extend to it) filters the graph
 * to that period: elements outside it get the `out-of-period` class, which the stylesheet hides.
 */
import { useMemo, useState } from 'react';
import type { Core } from 'cytoscape';
import { useQuery } from 'urql';
import { LIMITS } from '../../../domain/limits';
import { DOCUMENTS } from '../api/graphql-documents';
import type { TimelineQuery, TimelineQueryVariables } from '../graphql/generated';
import { useExplorer } from '../state/explorer-context';
import { claimsInPeriod, outOfPeriodIds, type Period, type PlacedClaim } from './period-filter';
import { useCyClasses } from './use-cy-classes';
import './weighing-ui.css';
import './weighing-ui.css';

export const OUT_OF_PERIOD = 'out-of-period';

const yearOf = (at: string) => at.slice(0, 4);

function describePeriod(period: Period) {
  return period.from === period.to ? period.from : `${period.from}–${period.to}`;
}

export function TimelineStrip({ cy }: { cy: Core | null }) {
  const { state } = useExplorer();
  const [period, setPeriod] = useState<Period | null>(null);
  const [result] = useQuery<TimelineQuery, TimelineQueryVariables>({
    query: DOCUMENTS.Timeline,
    variables: { first: LIMITS.MAX_TIMELINE },
  });
  const timeline = result.data?.timeline;
  const placed: PlacedClaim[] = useMemo(
    () =>
      (timeline?.entries ?? []).map((e) => ({
        at: e.at,
        claimId: e.claim.id,
        entityIds: [e.claim.speaker.id, ...e.claim.subjects.map((s) => s.id)],
      })),
    [timeline],
  );
  const years = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of placed) counts.set(yearOf(p.at), (counts.get(yearOf(p.at)) ?? 0) + 1);
    return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [placed]);
  const hidden = useMemo(
    () => outOfPeriodIds({ nodes: state.nodes, edges: state.edges, placed, period }),
    [state.nodes, state.edges, placed, period],
  );
  useCyClasses({ cy, className: OUT_OF_PERIOD, ids: hidden });

  if (result.error) return <p role="status">Could not load the timeline: {result.error.message}</p>;
  if (!timeline) return null;
  const first = Number(years[0]?.[0] ?? 0);
  const last = Number(years[years.length - 1]?.[0] ?? 0);
  const pick = (year: string, extend: boolean) => {
    if (extend && period) {
      const all = [period.from, period.to, year].sort();
      setPeriod({ from: all[0]!, to: all[all.length - 1]! });
    } else setPeriod(period && period.from === year && period.to === year ? null : { from: year, to: year });
  };
  const inside = period ? claimsInPeriod({ placed, period }) : [];
  return (
    <section className="timeline-strip" aria-label="Timeline">
      <div className="timeline-axis">
        {years.length === 0 && <span className="timeline-empty">No dated claims.</span>}
        {years.map(([year, count]) => {
          const selected = period !== null && period.from <= year && year <= period.to;
          const left = last === first ? 50 : ((Number(year) - first) / (last - first)) * 100;
          return (
            <button
              key={year}
              type="button"
              className="timeline-year"
              style={{ left: `${left}%` }}
              aria-pressed={selected}
              title={`${count} claim${count === 1 ? '' : 's'} placed in ${year} (shift-click to extend the period)`}
              onClick={(event) => pick(year, event.shiftKey)}
            >
              {year} <span className="count">{count}</span>
            </button>
          );
        })}
      </div>
      <p className="timeline-status" role="status">
        {period ? (
          <>
            Graph filtered to {describePeriod(period)}: {inside.length} claim{inside.length === 1 ? '' : 's'}.{' '}
            <button type="button" onClick={() => setPeriod(null)}>
              Show all time
            </button>
          </>
        ) : (
          <>
            {timeline.totalCount} dated claim{timeline.totalCount === 1 ? '' : 's'}; pick a year to filter the graph.
          </>
        )}
      </p>
      {timeline.undatedCount > 0 && (
        <details className="timeline-undated">
          <summary>{timeline.undatedCount} undated (a time the article states but no known date places)</summary>
          <ul>
            {timeline.undated.map((claim) => (
              <li key={claim.id}>
                <em>{claim.date?.text}</em>: {claim.summary}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
