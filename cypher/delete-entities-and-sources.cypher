// Curation removal: entities $entityIds and sources $sourceIds, with every relationship touching them.
CALL () {
  UNWIND $entityIds AS id
  MATCH (e:Entity {id: id})
  DETACH DELETE e
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})
  DETACH DELETE s
}
RETURN 1 AS done
