// Claim.interest for a batch of claim ids: the speaker's author status and its fact edges of the interest
// types ($interestTypes, a whitelist from domain/weighing.ts) that reach one of the claim's subjects, one hop,
// either direction. The rule itself is applied by server/queries/claim-interest/interest-rule.ts.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (src:Source {id: c.sourceId})
CALL (c) {
  OPTIONAL MATCH (speaker:Entity {id: c.speakerId})-[r]-(subject:Entity)
  WHERE type(r) IN $interestTypes AND subject.id IN c.subjectIds AND subject <> speaker
  WITH DISTINCT r
  ORDER BY r.id
  LIMIT $maxEdges
  RETURN collect(r {.id, type: type(r), from: startNode(r).id, to: endNode(r).id, .role, .claimIds, .review}) AS ties
}
RETURN c.id AS id, c.speakerId AS speakerId, c.subjectIds AS subjectIds, src.authorId AS authorId, ties
