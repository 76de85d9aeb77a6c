/**
 * The self-interest badge: shown only on self-interested claims, and always with its evidence (the edge
 * that ties the speaker to a subject, read as a sentence), never as a bare flag.
 */
import { useQuery } from 'urql';
import { DOCUMENTS } from '../api/graphql-documents';
import type { ClaimInterestQuery, ClaimInterestQueryVariables } from '../graphql/generated';
import './weighing.css';

export interface InterestView {
  selfInterested: boolean;
  speakerIsSubject: boolean;
  because: { id: string; label: string; from: string; to: string }[];
}

/** Names for the edge ends: the speaker and the subjects are the only entities an interest edge joins. */
type Names = { id: string; name: string }[];

export function InterestBadgeView({ interest, names }: { interest: InterestView; names: Names }) {
  if (!interest.selfInterested) return null;
  const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? id;
  const reasons = [
    ...(interest.speakerIsSubject ? ['the speaker is one of the subjects'] : []),
    ...interest.because.map((edge) => `${nameOf(edge.from)} ${edge.label} ${nameOf(edge.to)}`),
  ];
  return (
    <p className="interest-badge" data-testid="interest-badge">
      <span className="badge">Self-interested</span> because {reasons.join('; ')}
    </p>
  );
}

/** Fetches the claim's interest (one small query) and shows the badge when it applies. */
export function ClaimInterestBadge({ claimId }: { claimId: string }) {
  const [result] = useQuery<ClaimInterestQuery, ClaimInterestQueryVariables>({
    query: DOCUMENTS.ClaimInterest,
    variables: { id: claimId },
  });
  const claim = result.data?.claim;
  if (!claim) return null;
  return <InterestBadgeView interest={claim.interest} names={[claim.speaker, ...claim.subjects]} />;
}
