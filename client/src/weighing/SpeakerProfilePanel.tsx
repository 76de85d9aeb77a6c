/**
 * The speaker profile in the node panel: how many claims, how many self-interested, the stances taken, the
 * entities it is tied to (and how often it speaks about them), who agrees or disagrees with it.
 * Renders nothing for an entity that never speaks.
 */
import { useQuery } from 'urql';
import { DOCUMENTS } from '../api/graphql-documents';
import type { SpeakerProfileQuery, SpeakerProfileQueryVariables } from '../graphql/generated';
import { useExplorer } from '../state/explorer-context';
import './weighing-ui.css';
import './weighing-ui.css';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function SpeakerProfilePanel({ id }: { id: string }) {
  const { actions } = useExplorer();
  const [result] = useQuery<SpeakerProfileQuery, SpeakerProfileQueryVariables>({
    query: DOCUMENTS.SpeakerProfile,
    variables: { id },
  });
  if (result.error) return <p role="status">Could not load the speaker profile: {result.error.message}</p>;
  const profile = result.data?.speakerProfile;
  if (!profile || profile.claimCount === 0) return null;
  return (
    <section aria-label="Speaker profile" className="speaker-profile">
      <h3>As a speaker</h3>
      <p>
        {plural(profile.claimCount, 'claim')}, {profile.selfInterestedClaims} self-interested.
      </p>
      {profile.stances.length > 0 && (
        <>
          <h4>Stances</h4>
          <ul>
            {profile.stances.map((s) => (
              <li key={`${s.topic.id}|${s.stance?.id ?? ''}`}>
                {s.topic.name}: {s.stance ? <strong>{s.stance.label}</strong> : <em>no stance</em>} (
                {plural(s.claims, 'claim')})
              </li>
            ))}
          </ul>
        </>
      )}
      {profile.ties.length > 0 && (
        <>
          <h4>Tied to</h4>
          <ul>
            {profile.ties.map((t) => (
              <li key={t.entity.id}>
                <button type="button" className="link" onClick={() => actions.showNode(t.entity.id)}>
                  {t.entity.name}
                </button>{' '}
                ({t.edges.map((e) => e.label).join(', ')}): speaks about it in {plural(t.claims, 'claim')}
              </li>
            ))}
          </ul>
        </>
      )}
      {profile.counterparts.length > 0 && (
        <>
          <h4>Agrees and disagrees with</h4>
          <ul>
            {profile.counterparts.map((c) => (
              <li key={c.speaker.id}>
                <button type="button" className="link" onClick={() => actions.showNode(c.speaker.id)}>
                  {c.speaker.name}
                </button>
                : {c.agreements} agree, {c.disagreements} disagree
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
