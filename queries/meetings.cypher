// name: meetings
// description: Every meeting with its kind, date, place, number of attendees and of reporting articles.
// param: limit int = 1000000 -- at most this many meetings
MATCH (m:Meeting)
OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m)
WITH m, count(DISTINCT p.id) AS attendees
OPTIONAL MATCH (m)-[:REPORTED_IN]->(a:Article)
RETURN m.id AS meetingId, m.name AS meeting, m.kind AS kind, m.date AS date, m.place AS place, attendees, count(DISTINCT a.id) AS articles
ORDER BY date, meeting
LIMIT $limit
