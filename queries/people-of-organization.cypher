// name: people-of-organization
// description: The people holding a post in an organisation, with their titles and when they were seen.
// param: org string = "" -- id, name or full name of the Organization (e.g. 云岭市委)
MATCH (p:Person)-[h:HOLDS]->(o:Organization)
WHERE o.id = $org OR o.fullName = $org OR o.name = $org
RETURN o.fullName AS organization, p.id AS personId, p.name AS name, h.title AS title, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen
ORDER BY organization, title, name
