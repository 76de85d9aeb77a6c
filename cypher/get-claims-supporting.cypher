// Claim.supportedBy for a batch of claim ids: the claims with a SUPPORTS edge into each one, in claim order
// (sourceId, start, id), at most $max per claim.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  OPTIONAL MATCH (s:Claim)-[:SUPPORTS]->(c)
  WITH DISTINCT s
  ORDER BY s.sourceId, s.start, s.id
  LIMIT $max
  RETURN collect(s {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date, .topicId,
                    .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review}) AS supporters
}
RETURN c.id AS id, supporters
