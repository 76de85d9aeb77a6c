/** One claim as evidence: the verbatim quote, who said it, when, and a way back to the text. */
import type { ClaimView } from '../state/graph-model';
import { SourceName } from '../sources/SourceName';

export function ClaimQuote({
  claim,
  onShowInArticle,
  onSelectClaim,
  onSelectSpeaker,
}: {
  claim: ClaimView;
  onShowInArticle: (claimId: string, sourceId?: string) => void;
  onSelectClaim?: (claimId: string) => void;
  onSelectSpeaker?: (entityId: string) => void;
}) {
  return (
    <figure className="claim-quote" data-claim-id={claim.id}>
      <blockquote>{claim.quote}</blockquote>
      <figcaption>
        —{' '}
        {onSelectSpeaker ? (
          <button type="button" className="link" onClick={() => onSelectSpeaker(claim.speaker.id)}>
            {claim.speaker.name}
          </button>
        ) : (
          <span>{claim.speaker.name}</span>
        )}
        {claim.date && <span className="claim-date">, {claim.date.text}</span>}
        {claim.stance && <span className="claim-stance"> · {claim.stance.label}</span>}
        <span className="claim-in">
          {' '}
          in <SourceName sourceId={claim.sourceId} />
        </span>
        <span className="claim-actions">
          <button type="button" onClick={() => onShowInArticle(claim.id, claim.sourceId)}>
            Show in article
          </button>
          {onSelectClaim && (
            <button type="button" onClick={() => onSelectClaim(claim.id)}>
              Claim details
            </button>
          )}
        </span>
      </figcaption>
    </figure>
  );
}
