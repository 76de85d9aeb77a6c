// Bulk load into an EMPTY database: source nodes with the properties write-sources.cypher sets.
UNWIND $rows AS row
CREATE (s:Source)
SET s = row
RETURN count(s) AS written
