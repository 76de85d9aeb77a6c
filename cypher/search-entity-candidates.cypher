// Candidates for an entity search: a superset of what scoreNames accepts (prefix and fuzzy per token),
// re-scored and ranked in TypeScript so both stores rank identically. Bounded by $candidateLimit.
CALL db.index.fulltext.queryNodes('entity_search_text', $lucene) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node {.id, .type, .name, .aliases, .description, .mentions, .review} AS entity
LIMIT $candidateLimit
