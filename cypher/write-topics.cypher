// Upsert topics; stances are stored as a JSON string (Neo4j properties cannot hold lists of maps).
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
SET t.name = row.name, t.description = row.description, t.stances = row.stances
RETURN count(t) AS written
