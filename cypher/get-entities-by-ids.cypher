// Entities for a batched lookup; the adapter puts them back in the order of $ids.
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e {.id, .type, .name, .aliases, .description, .mentions, .review} AS entity
