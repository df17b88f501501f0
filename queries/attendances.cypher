// name: attendances
// description: Every attendance (person, meeting, role, protocol order, evidence sentence and
// description: offsets): the co-attendance data the viewer and exports read.
// param: limit int = 1000000 -- at most this many rows
MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)
OPTIONAL MATCH (s:Sentence {id: r.sentenceId})
RETURN p.id AS personId, p.name AS person, m.id AS meetingId, m.name AS meeting, m.date AS date, m.kind AS kind, r.role AS role, r.roles AS roles, r.`order` AS protocolOrder, s.articleId AS articleId, s.text AS evidence, r.evidenceStart AS evidenceStart, r.evidenceEnd AS evidenceEnd
ORDER BY date, meetingId, protocolOrder
LIMIT $limit
