// searchText holds our own normalized terms (lower-case, accent-free, space-separated: see
// server/store/neo4j/entity-search-text.ts), so Lucene must only split on whitespace and not re-analyse.
CREATE FULLTEXT INDEX entity_search_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
