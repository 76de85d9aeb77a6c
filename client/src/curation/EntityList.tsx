/** The draft's entities; any of them can be merged into an entity the graph already has. */
import { useState } from 'react';
import { EntityCombobox } from '../components/EntityCombobox';
import type { Draft, KnownEntity } from './draft-model';

export function EntityList({ draft, onMerge }: { draft: Draft; onMerge: (from: string, into: KnownEntity) => void }) {
  const [merging, setMerging] = useState<string | null>(null);
  return (
    <section aria-label="Entities" className="draft-entities">
      <h3>
        Entities <span className="count">({draft.entities.length})</span>
      </h3>
      <ul>
        {draft.entities.map((e) => (
          <li key={e.id} data-entity-id={e.id}>
            <strong>{e.name}</strong> <small>{e.type}</small> <small className="muted">{e.id}</small>{' '}
            {merging === e.id ? (
              <span className="merge">
                <EntityCombobox
                  label={`Merge ${e.name} into`}
                  placeholder="Existing entity"
                  onPick={(into) => {
                    setMerging(null);
                    onMerge(e.id, into);
                  }}
                />
                <button type="button" className="link" onClick={() => setMerging(null)}>
                  Cancel
                </button>
              </span>
            ) : (
              <button type="button" className="link" onClick={() => setMerging(e.id)}>
                Merge into existing…
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
