// Curation removal: fact edges by id (`from--TYPE--to`); the id's ends find them with index seeks.
UNWIND $ids AS edgeId
WITH edgeId, split(edgeId, '--') AS parts
MATCH (:Entity {id: parts[0]})-[r]->(:Entity {id: parts[2]})
WHERE r.id = edgeId
DELETE r
RETURN count(*) AS deleted
