// timeline(subject, from, to, first): claims by or about $subject (every claim when null), placed on
// c.dateIso, else on their source's publishedAt; claims stating a time (c.date) that neither places are
// "undated". The rule is domain/timeline.ts's placementOf; intervals are padded like startOfIso/endOfIso
// there ($fromStart / $toEnd are computed by the adapter). Both lists are cut at $first, counts are not.
MATCH (c:Claim)
WHERE $subject IS NULL OR c.speakerId = $subject OR $subject IN c.subjectIds
OPTIONAL MATCH (s:Source {id: c.sourceId})
WITH c, coalesce(c.dateIso, s.publishedAt) AS at,
     CASE WHEN c.dateIso IS NOT NULL THEN 'CLAIM_DATE' ELSE 'SOURCE_DATE' END AS placedBy
WHERE at IS NOT NULL OR c.date IS NOT NULL
WITH c, at, placedBy,
     at + substring('0000-01-01', size(at)) AS startAt,
     at + substring('9999-12-31', size(at)) AS endAt
WITH collect(CASE WHEN at IS NOT NULL AND ($fromStart IS NULL OR endAt >= $fromStart)
                   AND ($toEnd IS NULL OR startAt <= $toEnd)
                  THEN {c: c, at: at, placedBy: placedBy, startAt: startAt} END) AS dated,
     collect(CASE WHEN at IS NULL THEN c END) AS undated
CALL (dated) {
  UNWIND dated AS d
  WITH d.c AS c, d.at AS at, d.placedBy AS placedBy, d.startAt AS startAt
  ORDER BY startAt, at, c.id LIMIT $first
  RETURN collect({at: at, placedBy: placedBy,
                  claim: c {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date,
                              .topicId, .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review}}) AS entries
}
CALL (undated) {
  UNWIND undated AS u
  WITH u ORDER BY u.sourceId, u.start, u.id LIMIT $first
  RETURN collect(u {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date,
                    .topicId, .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review}) AS undatedClaims
}
RETURN entries, size(dated) AS totalCount, undatedClaims, size(undated) AS undatedCount
