// name: attendees-of-meeting
// description: Who attended a meeting, in protocol order (the order the report lists them), with
// description: each person's role and the sentence that says so.
// param: meeting string = "" -- id or exact name of the Meeting
MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)
WHERE m.id = $meeting OR m.name = $meeting
OPTIONAL MATCH (s:Sentence {id: r.sentenceId})
RETURN m.name AS meeting, m.date AS date, r.`order` AS protocolOrder, p.id AS personId, p.name AS name, r.role AS role, r.roles AS roles, s.text AS evidence
ORDER BY date, meeting, protocolOrder, name
