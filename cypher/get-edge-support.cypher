// Edge.support for a batch of fact edges ($rows: {id, from} split from `from--TYPE--to` by the adapter).
// For each edge: its asserting claims, each with what the self-interest rule needs (author of its source,
// whether the speaker is tied to a subject by an $interestTypes edge), and the claims joined to any of them
// by CONTRADICTS in either direction that do not assert the edge themselves (at most $maxClaims, by id).
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity)
WHERE r.id = row.id AND type(r) IN $factTypes
CALL (r) {
  UNWIND r.claimIds AS claimId
  MATCH (c:Claim {id: claimId})
  OPTIONAL MATCH (src:Source {id: c.sourceId})
  CALL (c) {
    OPTIONAL MATCH (speaker:Entity {id: c.speakerId})-[t]-(subject:Entity)
    WHERE type(t) IN $interestTypes AND subject.id IN c.subjectIds AND subject <> speaker
    RETURN count(t) > 0 AS tied
  }
  RETURN collect({id: c.id, speakerId: c.speakerId, sourceId: c.sourceId, subjectIds: c.subjectIds,
                  authorId: src.authorId, tied: tied}) AS supporting
}
CALL (r) {
  UNWIND r.claimIds AS claimId
  OPTIONAL MATCH (:Claim {id: claimId})-[:CONTRADICTS]-(other:Claim)
  WHERE NOT other.id IN r.claimIds
  WITH DISTINCT other
  ORDER BY other.id
  LIMIT $maxClaims
  RETURN collect(other {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date, .topicId,
                        .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review}) AS contradictedBy
}
RETURN r.id AS id, supporting, contradictedBy
