// Upsert claim nodes and drop the provenance edges they own (incoming SAID; outgoing ABOUT, STATED_IN,
// SUPPORTS, CONTRADICTS); write-claim-edges.cypher recreates them from the batch in the same transaction.
// date and figures are JSON strings (dateIso repeats date.iso for the timeline); wordText is " w1 w2 ... " of the normalized quote and summary.
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.quote = row.quote, c.summary = row.summary, c.kind = row.kind, c.speakerId = row.speakerId,
    c.subjectIds = row.subjectIds, c.sourceId = row.sourceId, c.start = row.start, c.end = row.end,
    c.date = row.date, c.dateIso = row.dateIso, c.topicId = row.topicId, c.stance = row.stance, c.figures = row.figures,
    c.supportsIds = row.supportsIds, c.contradictsIds = row.contradictsIds, c.assertsEdgeIds = row.assertsEdgeIds,
    c.wordText = row.wordText, c.review = row.review
WITH c
CALL (c) {
  MATCH (c)-[owned:ABOUT|STATED_IN|SUPPORTS|CONTRADICTS]->()
  DELETE owned
}
CALL (c) {
  MATCH ()-[said:SAID]->(c)
  DELETE said
}
RETURN count(c) AS written
