/** The debates: per topic, the claims for each stance side by side. */
import { useQuery } from 'urql';
import { DOCUMENTS } from '../api/graphql-documents';
import type { TopicsQuery } from '../graphql/generated';
import { useExplorer } from '../state/explorer-context';
import { SourceName } from '../sources/SourceName';

export function TopicsView() {
  const { actions } = useExplorer();
  const [result] = useQuery<TopicsQuery>({ query: DOCUMENTS.Topics });
  if (result.fetching && !result.data) return <p className="loading">Loading debates…</p>;
  if (result.error) return <p role="status">Could not load debates: {result.error.message}</p>;
  const topics = result.data?.topics ?? [];
  if (topics.length === 0) return <p className="empty">No debates recorded.</p>;
  return (
    <section aria-label="Debates" className="topics">
      {topics.map((topic) => (
        <div key={topic.id} className="topic">
          <h3>{topic.name}</h3>
          <p>{topic.description}</p>
          <div className="stances">
            {topic.stances.map((stance) => (
              <div key={stance.id} className="stance">
                <h4>
                  {stance.label} <span className="count">({stance.claims.length})</span>
                </h4>
                {stance.claims.length === 0 && <p className="empty">No claims.</p>}
                {stance.claims.map((claim) => (
                  <figure key={claim.id}>
                    <blockquote>{claim.quote}</blockquote>
                    <figcaption>
                      —{' '}
                      <button type="button" className="link" onClick={() => actions.showNode(claim.speaker.id)}>
                        {claim.speaker.name}
                      </button>
                      , <SourceName sourceId={claim.source.id} />{' '}
                      <button type="button" className="small" onClick={() => actions.selectClaim(claim.id)}>
                        Show in article
                      </button>
                    </figcaption>
                  </figure>
                ))}
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
