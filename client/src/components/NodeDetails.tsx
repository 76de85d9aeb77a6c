/** The details of one entity: what it is, its relationships by type, claims by and about it. */
import { useQuery } from 'urql';
import { WIDE_EXPAND_LIMIT } from '../api/graph-loaders';
import { DOCUMENTS } from '../api/graphql-documents';
import { toClaimView } from '../api/to-view';
import type {
  EntityClaimsQuery,
  EntityClaimsQueryVariables,
  EntityDetailsQuery,
  EntityDetailsQueryVariables,
} from '../graphql/generated';
import { useExplorer } from '../state/explorer-context';
import { ClaimQuote } from './ClaimQuote';
import { FigureCharts } from './FigureCharts';
import { SpeakerProfilePanel } from '../weighing/SpeakerProfilePanel';

type Relationship = NonNullable<EntityDetailsQuery['entity']>['relationships'][number];

function groupByType(relationships: Relationship[]): [string, Relationship[]][] {
  const groups = new Map<string, Relationship[]>();
  for (const r of relationships) groups.set(r.edge.type, [...(groups.get(r.edge.type) ?? []), r]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function ExpansionControls({ id }: { id: string }) {
  const { state, actions } = useExplorer();
  const expansion = state.expansions.find((e) => e.seedId === id);
  const expanding = state.expanding.includes(id);
  return (
    <div className="expansion-controls">
      <button type="button" onClick={() => actions.expand(id)} disabled={expanding || !!expansion}>
        {expanding ? 'Expanding…' : 'Expand'}
      </button>
      <button type="button" onClick={() => actions.collapse(id)} disabled={!expansion}>
        Collapse
      </button>
      {expansion && (
        <span className="expansion-note">
          {expansion.addedNodeIds.length === 0 ? 'Nothing new nearby' : `Added ${expansion.addedNodeIds.length}`}
          {expansion.omittedNodes > 0 && <strong> +{expansion.omittedNodes} more</strong>}
        </span>
      )}
      {!expansion?.wide && (
        <button type="button" onClick={() => actions.expandFurther(id)} disabled={expanding}>
          Expand further (up to {WIDE_EXPAND_LIMIT.toLocaleString('en')} nodes)
        </button>
      )}
      {state.expandError && <p role="status">Could not expand: {state.expandError}</p>}
    </div>
  );
}

/** Claims by and about the entity, with charts for the ones carrying numbers. */
function EntityClaims({ id, name }: { id: string; name: string }) {
  const { actions } = useExplorer();
  const [result] = useQuery<EntityClaimsQuery, EntityClaimsQueryVariables>({
    query: DOCUMENTS.EntityClaims,
    variables: { id, first: 50 },
  });
  if (result.fetching && !result.data) return <p className="loading">Loading claims…</p>;
  if (result.error) return <p role="status">Could not load claims: {result.error.message}</p>;
  if (!result.data) return null;
  const claimsBy = result.data.claimsBy.edges.map((e) => toClaimView(e.node));
  const claimsAbout = result.data.claimsAbout.edges.map((e) => toClaimView(e.node));
  const withFigures = [...claimsBy, ...claimsAbout].filter(
    (claim, i, all) => claim.figures.length > 0 && all.findIndex((c) => c.id === claim.id) === i,
  );
  const quoteProps = {
    onShowInArticle: actions.showInArticle,
    onSelectClaim: actions.selectClaim,
    onSelectSpeaker: actions.showNode,
  };
  return (
    <>
      <FigureCharts claims={withFigures} />
      <section aria-label="Claims by">
        <h3>
          Claims by {name} ({result.data.claimsBy.totalCount})
        </h3>
        {claimsBy.length === 0 && <p className="empty">None.</p>}
        {result.data.claimsBy.totalCount > claimsBy.length && (
          <p className="empty">Showing the first {claimsBy.length}.</p>
        )}
        {claimsBy.map((claim) => (
          <ClaimQuote key={claim.id} claim={claim} {...quoteProps} />
        ))}
      </section>
      <section aria-label="Claims about">
        <h3>
          Claims about {name} ({result.data.claimsAbout.totalCount})
        </h3>
        {claimsAbout.length === 0 && <p className="empty">None.</p>}
        {result.data.claimsAbout.totalCount > claimsAbout.length && (
          <p className="empty">Showing the first {claimsAbout.length}.</p>
        )}
        {claimsAbout.map((claim) => (
          <ClaimQuote key={claim.id} claim={claim} {...quoteProps} />
        ))}
      </section>
    </>
  );
}

export function NodeDetails({ id }: { id: string }) {
  const { actions } = useExplorer();
  const [result] = useQuery<EntityDetailsQuery, EntityDetailsQueryVariables>({
    query: DOCUMENTS.EntityDetails,
    variables: { id },
  });
  if (result.fetching && !result.data) return <p className="loading">Loading details…</p>;
  if (result.error) return <p role="status">Could not load details: {result.error.message}</p>;
  const entity = result.data?.entity;
  if (!entity) return <p>No entity with id “{id}”.</p>;
  return (
    <article className="node-details">
      <h2>{entity.name}</h2>
      <p className="entity-meta">
        <span className={`type-chip type-${entity.type}`}>{entity.type}</span>
        {entity.aliases.length > 0 && <span className="aliases"> also known as {entity.aliases.join(', ')}</span>}
      </p>
      <p>{entity.description}</p>
      <ExpansionControls id={id} />
      <SpeakerProfilePanel id={id} />
      <section aria-label="Relationships">
        <h3>Relationships</h3>
        {entity.relationships.length === 0 && <p className="empty">No relationships recorded.</p>}
        {groupByType(entity.relationships).map(([type, relationships]) => (
          <div key={type} className="relationship-group">
            <h4>{type}</h4>
            <ul>
              {relationships.map((r) => (
                <li key={r.edge.id}>
                  <span aria-hidden="true">{r.direction === 'OUTGOING' ? '→ ' : '← '}</span>
                  <button type="button" className="link" onClick={() => actions.showNode(r.other.id)}>
                    {r.other.name}
                  </button>{' '}
                  <button
                    type="button"
                    className="small"
                    aria-label={`Evidence for ${r.edge.label}: ${r.other.name}`}
                    onClick={() => actions.select({ kind: 'edge', id: r.edge.id })}
                  >
                    evidence ({r.edge.claimIds.length})
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <EntityClaims id={id} name={entity.name} />
    </article>
  );
}
