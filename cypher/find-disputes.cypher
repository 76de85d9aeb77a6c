// One page of disputes: claim pairs (a.id < b.id) joined by CONTRADICTS in either direction, or taking
// different stances of one topic while sharing a subject (found through the shared ABOUT target, not a
// cartesian product). Participants: distinct speakers of a, b and of the claims that SUPPORT a or b.
// Ordered (participants desc, a.id, b.id); $after is the order key of the previous page's last dispute;
// $first + 1 rows so the adapter can tell whether a next page exists. totalCount ignores paging; a
// graph without disputes still returns one row (d = null) carrying it.
CALL () {
  MATCH (x:Claim)-[:CONTRADICTS]-(y:Claim)
  WHERE x.id < y.id
  RETURN x AS a, y AS b, 'CONTRADICTS' AS reason
  UNION
  MATCH (x:Claim)-[:ABOUT]->(:Entity)<-[:ABOUT]-(y:Claim)
  WHERE x.id < y.id AND x.topicId IS NOT NULL AND x.topicId = y.topicId
    AND x.stance IS NOT NULL AND y.stance IS NOT NULL AND x.stance <> y.stance
  RETURN x AS a, y AS b, 'OPPOSITE_STANCES' AS reason
}
WITH a, b, collect(DISTINCT reason) AS reasons
CALL (a, b) {
  UNWIND [a, b] AS side
  OPTIONAL MATCH (supporter:Claim)-[:SUPPORTS]->(side)
  WITH collect(supporter.speakerId) AS supporterIds
  UNWIND supporterIds + [a.speakerId, b.speakerId] AS id
  RETURN collect(DISTINCT id) AS participantIds
}
WITH collect({a: a, b: b, reasons: reasons, participantIds: participantIds, n: size(participantIds)}) AS found
WITH size(found) AS totalCount,
     [d IN found WHERE $after IS NULL OR d.n < $after.participants
        OR (d.n = $after.participants AND (d.a.id > $after.a OR (d.a.id = $after.a AND d.b.id > $after.b)))] AS rest
UNWIND CASE WHEN size(rest) = 0 THEN [null] ELSE rest END AS d
WITH totalCount, d
ORDER BY d.n DESC, d.a.id, d.b.id
LIMIT $first + 1
WITH totalCount, d.a AS a, d.b AS b, d.reasons AS reasons, d.participantIds AS participantIds
RETURN totalCount,
       a {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date, .topicId,
            .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review} AS a,
       b {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date, .topicId,
            .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review} AS b,
       reasons, participantIds
