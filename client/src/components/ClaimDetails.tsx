/** One claim: quote, speaker, subjects, date, stance, numbers, and a way to the text. */
import { useQuery } from 'urql';
import { DOCUMENTS } from '../api/graphql-documents';
import { toClaimView } from '../api/to-view';
import type { ClaimByIdQuery, ClaimByIdQueryVariables } from '../graphql/generated';
import { useExplorer } from '../state/explorer-context';
import type { ClaimView } from '../state/graph-model';
import { FigureCharts } from './FigureCharts';
import { SourceName } from '../sources/SourceName';
import { ClaimInterestBadge } from './InterestBadge';
import { ClaimReviewControls } from '../curation/ClaimReviewControls';

function ClaimView({ claim }: { claim: ClaimView }) {
  const { actions } = useExplorer();
  return (
    <article className="claim-details">
      <h2>{claim.summary}</h2>
      <blockquote>{claim.quote}</blockquote>
      <ClaimInterestBadge claimId={claim.id} />
      <ClaimReviewControls claimId={claim.id} />
      <dl>
        <dt>Said by</dt>
        <dd>
          <button type="button" className="link" onClick={() => actions.showNode(claim.speaker.id)}>
            {claim.speaker.name}
          </button>
        </dd>
        <dt>About</dt>
        <dd>
          {claim.subjects.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <button type="button" className="link" onClick={() => actions.showNode(s.id)}>
                {s.name}
              </button>
            </span>
          ))}
        </dd>
        {claim.date && (
          <>
            <dt>When</dt>
            <dd>
              {claim.date.text}
              {claim.date.iso && ` (${claim.date.iso})`}
            </dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          <SourceName sourceId={claim.sourceId} />
        </dd>
        <dt>Kind</dt>
        <dd>{claim.kind.replace(/_/g, ' ').toLowerCase()}</dd>
        {claim.topic && (
          <>
            <dt>Debate</dt>
            <dd>
              {claim.topic.name}
              {claim.stance && `: ${claim.stance.label}`}
            </dd>
          </>
        )}
      </dl>
      <button type="button" onClick={() => actions.showInArticle(claim.id, claim.sourceId)}>
        Show in article
      </button>
      <FigureCharts claims={[claim]} />
    </article>
  );
}

/**
 * From the claim cache when the claim is there, else fetched. Both paths render the same
 * ClaimView in the same place, so the panel does not remount when the cache fills in.
 */
export function ClaimDetails({ id }: { id: string }) {
  const { state } = useExplorer();
  const cached = state.claims[id];
  const [result] = useQuery<ClaimByIdQuery, ClaimByIdQueryVariables>({
    query: DOCUMENTS.ClaimById,
    variables: { id },
    pause: !!cached,
  });
  const fetched = result.data?.claim;
  const claim = cached ?? (fetched ? toClaimView(fetched) : null);
  if (claim) return <ClaimView claim={claim} />;
  if (result.fetching || (!result.data && !result.error)) return <p className="loading">Loading claim…</p>;
  if (result.error) return <p role="status">Could not load the claim: {result.error.message}</p>;
  return <p>No claim with id “{id}”.</p>;
}
