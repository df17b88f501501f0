// name: meetings-of-person
// description: The meetings a person attended, newest first, with the role taken at each.
// param: person string = "" -- id or exact name of the Person (a name may match several people)
// param: limit int = 200 -- at most this many rows
MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)
WHERE p.id = $person OR p.name = $person
RETURN p.id AS personId, p.name AS name, m.id AS meetingId, m.name AS meeting, m.kind AS kind, m.date AS date, m.place AS place, r.role AS role, r.`order` AS protocolOrder
ORDER BY date DESC, meeting
LIMIT $limit
