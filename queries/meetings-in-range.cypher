// name: meetings-in-range
// description: Meetings held between two dates (inclusive, YYYY-MM-DD), with their attendee count.
// param: fromDate string = "0000-01-01" -- first day
// param: toDate string = "9999-12-31" -- last day
MATCH (m:Meeting)
WHERE m.date >= $fromDate AND m.date <= $toDate
OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m)
RETURN m.id AS meetingId, m.name AS meeting, m.kind AS kind, m.date AS date, m.place AS place, count(DISTINCT p.id) AS attendees
ORDER BY date, meeting
