/**
 * The main search box: one WAI-ARIA combobox whose list has two groups, the entities whose names
 * match (as the path pickers offer) and, under them, the quotes that contain the words typed
 * (the API's claim text filter, ranked in claim-search.ts). Picking a quote selects the claim,
 * which shows its speaker and scrolls the reader to it.
 */
import { forwardRef, useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { LIMITS } from '../../../domain/limits';
import { currentData } from '../api/current-data';
import { DOCUMENTS } from '../api/graphql-documents';
import { toClaimView } from '../api/to-view';
import type {
  SearchClaimsQuery,
  SearchClaimsQueryVariables,
  SearchEntitiesQuery,
  SearchEntitiesQueryVariables,
} from '../graphql/generated';
import { claimQueryOf, quoteExcerpt, rankClaims } from '../search/claim-search';
import type { ClaimView } from '../state/graph-model';
import { useDebounced, type PickedEntity } from './EntityCombobox';

const ENTITY_HITS = 8;
/** Asked for more than shown: the API returns article order, the ranking picks the best few. */
const CLAIMS_ASKED = 50;
const CLAIMS_SHOWN = 6;

type Option = { kind: 'entity'; entity: PickedEntity } | { kind: 'claim'; claim: ClaimView };

export const GlobalSearch = forwardRef<
  HTMLInputElement,
  {
    onPickEntity: (entity: PickedEntity) => void;
    onPickClaim: (claim: ClaimView) => void;
    /** Default names the `/` shortcut; touch screens have no keyboard for it. */
    placeholder?: string;
  }
>(function GlobalSearch({ onPickEntity, onPickClaim, placeholder = 'Search names or quotes… ( / )' }, ref) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = useDebounced({ value: text.trim(), ms: 150 });
  const tooLong = typed.length > LIMITS.MAX_TEXT_LENGTH;
  const entityVariables = { text: typed, first: ENTITY_HITS };
  const [entityResult] = useQuery<SearchEntitiesQuery, SearchEntitiesQueryVariables>({
    query: DOCUMENTS.SearchEntities,
    variables: entityVariables,
    pause: typed.length === 0 || tooLong,
  });
  const claimQuery = claimQueryOf({ typed });
  const claimVariables = { text: claimQuery.text, first: CLAIMS_ASKED };
  const [claimResult] = useQuery<SearchClaimsQuery, SearchClaimsQueryVariables>({
    query: DOCUMENTS.SearchClaims,
    variables: claimVariables,
    pause: claimQuery.text.length === 0 || tooLong,
  });
  // Only the answers to what is typed now (urql keeps the previous text's hits while fetching).
  const entityHits = typed ? (currentData({ result: entityResult, variables: entityVariables })?.search ?? []) : [];
  const claimHits = claimQuery.text
    ? rankClaims({
        claims: (currentData({ result: claimResult, variables: claimVariables })?.claims.edges ?? []).map((e) =>
          toClaimView(e.node),
        ),
        query: claimQuery,
      }).slice(0, CLAIMS_SHOWN)
    : [];
  const options: Option[] = [
    ...entityHits.map((hit): Option => ({
      kind: 'entity',
      entity: { id: hit.entity.id, name: hit.entity.name, type: hit.entity.type },
    })),
    ...claimHits.map((claim): Option => ({ kind: 'claim', claim })),
  ];
  const showList = open && typed.length > 0;
  const fetching = entityResult.fetching || claimResult.fetching;
  // A network failure is the page banner's to report; the list would only cover it.
  const error = [entityResult.error, claimResult.error].find((e) => e && !e.networkError);

  const pick = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === 'entity') onPickEntity(option.entity);
    else onPickClaim(option.claim);
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const n = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (n === 0 ? 0 : (i + step + n) % n));
    } else if (event.key === 'Enter' && showList) {
      event.preventDefault();
      pick(options[active] ?? options[0]);
    } else if (event.key === 'Escape') setOpen(false);
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  const renderOption = (option: Option, i: number) => (
    <li
      key={option.kind === 'entity' ? `e:${option.entity.id}` : `c:${option.claim.id}`}
      id={optionId(i)}
      role="option"
      aria-selected={i === active}
      className={`${i === active ? 'active' : ''} ${option.kind === 'claim' ? 'claim-option' : ''}`.trim() || undefined}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => pick(option)}
    >
      {option.kind === 'entity' ? (
        <>
          <span className="option-name">{option.entity.name}</span>{' '}
          <span className={`type-chip type-${option.entity.type}`}>{option.entity.type}</span>
        </>
      ) : (
        <>
          <span className="option-quote">“{quoteExcerpt({ quote: option.claim.quote, words: claimQuery.words })}”</span>{' '}
          <span className="option-speaker">— {option.claim.speaker.name}</span>
        </>
      )}
    </li>
  );
  return (
    <div className="combobox global-search">
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-label="Search"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && options[active] ? optionId(active) : undefined}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {showList && (
        <div id={listId} role="listbox" aria-label="Search results" className="combobox-list">
          {fetching && options.length === 0 && <p className="combobox-note">Searching…</p>}
          {error && <p className="combobox-note">Search failed: {error.message}</p>}
          {!fetching && !error && options.length === 0 && <p className="combobox-note">No matches</p>}
          {entityHits.length > 0 && (
            <ul role="group" aria-label="Entities">
              {options.slice(0, entityHits.length).map((o, i) => renderOption(o, i))}
            </ul>
          )}
          {claimHits.length > 0 && (
            <ul role="group" aria-label="Quotes">
              <li role="presentation" className="combobox-group">
                Quotes
              </li>
              {options.slice(entityHits.length).map((o, i) => renderOption(o, entityHits.length + i))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
});
