// findClaims orders by (sourceId, start, id) and filters by speaker / topic / kind; these keep it off full scans.
CREATE INDEX claim_source_start IF NOT EXISTS FOR (c:Claim) ON (c.sourceId, c.start);
CREATE INDEX claim_source IF NOT EXISTS FOR (c:Claim) ON (c.sourceId);
CREATE INDEX claim_speaker IF NOT EXISTS FOR (c:Claim) ON (c.speakerId);
CREATE INDEX claim_topic IF NOT EXISTS FOR (c:Claim) ON (c.topicId);
CREATE INDEX claim_kind IF NOT EXISTS FOR (c:Claim) ON (c.kind);
