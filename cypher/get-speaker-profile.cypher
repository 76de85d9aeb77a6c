// speakerProfile(id, first): the rules are domain/speaker-profile.ts's; no row when $id is not an entity.
// The speaker's claims are collected once (one speaker's claims, not the graph) and every list is cut:
// claims at $first, stances / ties / counterparts at $maxList, a tie's edges at $maxEdges.
MATCH (me:Entity {id: $id})
CALL (me) {
  OPTIONAL MATCH (me)-[:SAID]->(c:Claim)
  RETURN collect(c) AS mine
}
CALL (me) {
  // Interest edges ($interestTypes: a whitelist from domain/weighing.ts), one hop, either direction.
  OPTIONAL MATCH (me)-[r]-(other:Entity)
  WHERE type(r) IN $interestTypes AND other <> me
  WITH other, r ORDER BY r.id
  WITH other, collect(DISTINCT r.id) AS edgeIds
  WHERE other IS NOT NULL
  RETURN collect({entityId: other.id, edgeIds: edgeIds[..$maxEdges]}) AS tieList
}
CALL (mine) {
  UNWIND mine AS c
  WITH c ORDER BY c.sourceId, c.start, c.id LIMIT $first
  RETURN collect(c {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date, .topicId,
                    .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review}) AS claims
}
CALL (mine) {
  UNWIND mine AS c
  WITH c WHERE c.topicId IS NOT NULL
  WITH c.topicId AS topicId, c.stance AS stance, count(*) AS n
  ORDER BY n DESC, topicId, stance LIMIT $maxList
  RETURN collect({topicId: topicId, stance: stance, claims: n}) AS stances
}
CALL (mine, tieList) {
  UNWIND tieList AS tie
  WITH tie, size([c IN mine WHERE tie.entityId IN c.subjectIds]) AS n
  ORDER BY n DESC, tie.entityId LIMIT $maxList
  RETURN collect(tie {.*, claims: n}) AS ties
}
CALL (me, mine, tieList) {
  // The Claim.interest rule: the speaker is a subject or tied to one, unless it wrote the source.
  WITH me, mine, [tie IN tieList | tie.entityId] AS tiedIds
  UNWIND mine AS c
  OPTIONAL MATCH (s:Source {id: c.sourceId})
  WITH c, s, tiedIds
  WHERE (s.authorId IS NULL OR s.authorId <> c.speakerId)
    AND (c.speakerId IN c.subjectIds OR any(t IN tiedIds WHERE t IN c.subjectIds))
  RETURN count(c) AS selfInterestedClaims
}
CALL (me, mine) {
  UNWIND mine AS c
  CALL (c) {
    MATCH (c)-[:SUPPORTS]-(o:Claim) RETURN o, 'AGREE' AS how
    UNION
    MATCH (c)-[:CONTRADICTS]-(o:Claim) RETURN o, 'DISAGREE' AS how
    UNION
    MATCH (o:Claim)
    WHERE c.topicId IS NOT NULL AND c.stance IS NOT NULL AND o.topicId = c.topicId AND o.stance = c.stance
    RETURN o, 'AGREE' AS how
    UNION
    MATCH (c)-[:ABOUT]->(:Entity)<-[:ABOUT]-(o:Claim)
    WHERE c.topicId IS NOT NULL AND c.stance IS NOT NULL AND o.topicId = c.topicId
      AND o.stance IS NOT NULL AND o.stance <> c.stance
    RETURN o, 'DISAGREE' AS how
  }
  WITH c, o, how WHERE o.speakerId <> me.id AND o <> c
  WITH o.speakerId AS other, how, count(*) AS n
  WITH other, sum(CASE how WHEN 'AGREE' THEN n ELSE 0 END) AS agreements,
       sum(CASE how WHEN 'DISAGREE' THEN n ELSE 0 END) AS disagreements
  ORDER BY agreements + disagreements DESC, other LIMIT $maxList
  RETURN collect({speakerId: other, agreements: agreements, disagreements: disagreements}) AS counterparts
}
RETURN claims, size(mine) AS claimCount, stances, selfInterestedClaims, ties, counterparts
