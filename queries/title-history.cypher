// name: title-history
// description: The title history of a person: every title held, where, first and last seen, in
// description: how many articles.
// param: person string = "" -- id or exact name of the Person
MATCH (p:Person)-[h:HOLDS]->(o:Organization)
WHERE p.id = $person OR p.name = $person
RETURN p.id AS personId, p.name AS name, h.title AS title, o.fullName AS organization, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, size(h.articleIds) AS articles
ORDER BY personId, firstSeen, title
