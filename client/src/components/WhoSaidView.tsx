/** Who said what: every speaker of the loaded claims with their claims, in article order. */
import { useExplorer } from '../state/explorer-context';
import type { ClaimView } from '../state/graph-model';
import { SourceName } from '../sources/SourceName';

export function groupBySpeaker({ claims }: { claims: ClaimView[] }) {
  const groups = new Map<string, { speaker: ClaimView['speaker']; claims: ClaimView[] }>();
  for (const claim of claims) {
    const group = groups.get(claim.speaker.id) ?? { speaker: claim.speaker, claims: [] };
    group.claims.push(claim);
    groups.set(claim.speaker.id, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, claims: g.claims.sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.span.start - b.span.start) }))
    .sort((a, b) => b.claims.length - a.claims.length || a.speaker.name.localeCompare(b.speaker.name));
}

export function WhoSaidView() {
  const { state, actions } = useExplorer();
  const groups = groupBySpeaker({ claims: Object.values(state.claims) });
  if (groups.length === 0) return <p className="empty">No claims loaded.</p>;
  return (
    <section aria-label="Who said what" className="who-said">
      {groups.map(({ speaker, claims }) => (
        <div key={speaker.id} className="speaker-group">
          <h3>
            <button type="button" className="link" onClick={() => actions.showNode(speaker.id)}>
              {speaker.name}
            </button>{' '}
            <span className="count">({claims.length})</span>
          </h3>
          <ul>
            {claims.map((claim) => (
              <li key={claim.id}>
                <button type="button" className="link" onClick={() => actions.selectClaim(claim.id)}>
                  {claim.summary}
                </button>{' '}
                <SourceName sourceId={claim.sourceId} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
