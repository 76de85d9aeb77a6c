// What the store already holds for the ids a batch defines or references (server/store/check-batch.ts):
// the node type of each id, the text of each source its spans point into, and the known topic ids.
CALL () {
  UNWIND $nodeIds AS id
  CALL (id) {
    MATCH (n:Entity {id: id}) RETURN n
    UNION
    MATCH (n:Claim {id: id}) RETURN n
    UNION
    MATCH (n:Source {id: id}) RETURN n
  }
  RETURN collect({id: n.id, type: CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END}) AS nodes
}
CALL () {
  MATCH (s:Source)
  WHERE s.id IN $sourceIds
  RETURN collect({id: s.id, text: s.text}) AS sources
}
CALL () {
  MATCH (t:Topic)
  WHERE t.id IN $topicIds
  RETURN collect(t.id) AS topics
}
RETURN nodes, sources, topics
