// Upsert entities: label Entity plus exactly one type label. row.type was checked against the vocabulary
// (ENTITY_TYPES) before it got here; dynamic labels ($(...)) take it as a value, never as query text.
// review is null (property removed) unless the record is proposed or explicitly accepted.
// mentions are a JSON string; searchText is the normalized term list the full-text index searches.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
WITH e, row, [label IN labels(e) WHERE label <> 'Entity' AND label <> row.type] AS staleLabels
REMOVE e:$(staleLabels)
SET e:$(row.type)
SET e.type = row.type, e.name = row.name, e.aliases = row.aliases, e.description = row.description,
    e.mentions = row.mentions, e.searchText = row.searchText, e.review = row.review
RETURN count(e) AS written
