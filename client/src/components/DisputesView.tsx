/**
 * Disputes: pairs of claims that disagree (CONTRADICTS, or opposite stances on a shared subject), side by
 * side with both quotes and speakers, most participants first; "More" follows the cursor.
 */
import { useState } from 'react';
import { useQuery } from 'urql';
import { DOCUMENTS } from '../api/graphql-documents';
import type { DisputesQuery, DisputesQueryVariables } from '../graphql/generated';
import { useExplorer } from '../state/explorer-context';
import { InterestBadgeView } from './InterestBadge';
import './weighing.css';

type DisputeNode = DisputesQuery['disputes']['edges'][number]['node'];
type Side = DisputeNode['a'];

const REASON_TEXT: Record<DisputeNode['reasons'][number], string> = {
  CONTRADICTS: 'contradicts',
  OPPOSITE_STANCES: 'opposite stances',
};

function SideView({ side }: { side: Side }) {
  const { actions } = useExplorer();
  return (
    <figure className="dispute-side">
      <blockquote>{side.quote}</blockquote>
      <figcaption>
        —{' '}
        <button type="button" className="link" onClick={() => actions.showNode(side.speaker.id)}>
          {side.speaker.name}
        </button>
        {side.stance && <span className="stance-label"> ({side.stance.label})</span>}{' '}
        <button type="button" className="small" onClick={() => actions.selectClaim(side.id)}>
          Show in article
        </button>
      </figcaption>
      <InterestBadgeView interest={side.interest} names={[side.speaker, ...side.subjects]} />
    </figure>
  );
}

function DisputePage({ after, onMore }: { after: string | null; onMore: (cursor: string) => void }) {
  const [result] = useQuery<DisputesQuery, DisputesQueryVariables>({
    query: DOCUMENTS.Disputes,
    variables: { first: 20, after },
  });
  if (result.fetching && !result.data) return <p className="loading">Loading disputes…</p>;
  if (result.error) return <p role="status">Could not load disputes: {result.error.message}</p>;
  const page = result.data?.disputes;
  if (!page) return null;
  if (page.edges.length === 0 && after === null) return <p className="empty">No disputes recorded.</p>;
  return (
    <>
      {after === null && <p className="dispute-count">{page.totalCount} disputes, most speakers first.</p>}
      {page.edges.map(({ node }) => (
        <article key={node.id} className="dispute" aria-label={`${node.a.speaker.name} vs ${node.b.speaker.name}`}>
          <header>
            {node.reasons.map((r) => REASON_TEXT[r]).join(' · ')} · {node.participantCount} speakers
            {node.sharedSubjects.length > 0 && ` · about ${node.sharedSubjects.map((s) => s.name).join(', ')}`}
          </header>
          <div className="dispute-sides">
            <SideView side={node.a} />
            <SideView side={node.b} />
          </div>
        </article>
      ))}
      {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <button type="button" onClick={() => onMore(page.pageInfo.endCursor!)}>
          More disputes
        </button>
      )}
    </>
  );
}

export function DisputesView() {
  // Each "More" adds a page after the last one; earlier pages stay (urql caches them).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section aria-label="Disputes" className="disputes">
      {cursors.map((after, i) => (
        <DisputePage
          key={after ?? 'first'}
          after={after}
          onMore={(cursor) => i === cursors.length - 1 && setCursors([...cursors, cursor])}
        />
      ))}
    </section>
  );
}
