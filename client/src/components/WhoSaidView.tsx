/**
 * Who said what: every speaker of the loaded claims with their claims, in article order,
 * filterable by topic and by subject. Each speaker carries the colour their quotes have in the
 * reader (the key), so the two views read together.
 */
import { useState } from 'react';
import { keyEntries } from '../reader/key-colours';
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
    .map((g) => ({
      ...g,
      claims: g.claims.sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.span.start - b.span.start),
    }))
    .sort((a, b) => b.claims.length - a.claims.length || a.speaker.name.localeCompare(b.speaker.name));
}

const ALL = '';

/** Distinct (id, name) pairs sorted by name, for a filter's options. */
function optionsOf({ pairs }: { pairs: { id: string; name: string }[] }) {
  return [...new Map(pairs.map((p) => [p.id, p.name])).entries()].sort(([, a], [, b]) => a.localeCompare(b));
}

export function WhoSaidView() {
  const { state, actions } = useExplorer();
  const [topic, setTopic] = useState(ALL);
  const [subject, setSubject] = useState(ALL);
  const all = Object.values(state.claims);
  if (all.length === 0) return <p className="empty">No claims loaded.</p>;
  // Colours from every claim, not the filtered ones: a speaker keeps their colour while filtering.
  const colours = new Map(
    keyEntries({ items: all.map((c) => ({ key: c.speaker.id, label: c.speaker.name })) }).map((e) => [e.key, e.colour]),
  );
  const topics = optionsOf({ pairs: all.flatMap((c) => (c.topic ? [c.topic] : [])) });
  const subjects = optionsOf({ pairs: all.flatMap((c) => c.subjects) });
  const shown = all.filter(
    (c) => (topic === ALL || c.topic?.id === topic) && (subject === ALL || c.subjects.some((s) => s.id === subject)),
  );
  const groups = groupBySpeaker({ claims: shown });
  const selected = state.selection.kind === 'claim' ? state.selection.id : null;
  return (
    <section aria-label="Who said what" className="who-said">
      <div className="who-said-filters">
        <label>
          Topic{' '}
          <select value={topic} onChange={(e) => setTopic(e.target.value)}>
            <option value={ALL}>All topics</option>
            {topics.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          About{' '}
          <select value={subject} onChange={(e) => setSubject(e.target.value)}>
            <option value={ALL}>Anyone or anything</option>
            {subjects.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <span className="count">
          {shown.length} of {all.length} claims
        </span>
      </div>
      {groups.length === 0 && <p className="empty">No claim matches these filters.</p>}
      {groups.map(({ speaker, claims }) => (
        <div key={speaker.id} className="speaker-group">
          <h3>
            <span className="swatch" style={{ backgroundColor: colours.get(speaker.id) }} aria-hidden="true" />
            <button type="button" className="link" onClick={() => actions.showNode(speaker.id)}>
              {speaker.name}
            </button>{' '}
            <span className="count">({claims.length})</span>
          </h3>
          <ul>
            {claims.map((claim) => (
              <li key={claim.id}>
                <button
                  type="button"
                  className="link"
                  aria-current={claim.id === selected ? 'true' : undefined}
                  onClick={() => actions.selectClaim(claim.id)}
                >
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
