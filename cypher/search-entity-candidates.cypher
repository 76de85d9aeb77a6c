// Candidates for an entity search: a superset of what scoreNames accepts (prefix and fuzzy per token),
// re-scored and ranked in TypeScript so both stores rank identically. Bounded by $candidateLimit. Only
// what scoring needs comes back (a 5-letter prefix proposes hundreds of names): the adapter fetches the
// few winners whole with get-entities-by-ids.cypher.
CALL db.index.fulltext.queryNodes('entity_search_text', $lucene) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node {.id, .name, .aliases} AS candidate
LIMIT $candidateLimit
