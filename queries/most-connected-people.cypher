// name: most-connected-people
// description: The people who met the most other people (distinct co-attendees across meetings).
// param: limit int = 25 -- at most this many people
MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
WHERE a.id <> b.id
WITH a, count(DISTINCT b.id) AS coAttendees, count(DISTINCT m.id) AS meetings
RETURN a.id AS personId, a.name AS name, coAttendees, meetings
ORDER BY coAttendees DESC, meetings DESC, name
LIMIT $limit
