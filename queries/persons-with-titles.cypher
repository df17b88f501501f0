// name: persons-with-titles
// description: Every person with the titles held and organisations, and why mentions were joined (idBasis).
// param: limit int = 1000000 -- at most this many people
MATCH (p:Person)
OPTIONAL MATCH (p)-[h:HOLDS]->(o:Organization)
WITH p, coalesce(collect(h.title), []) AS titles, coalesce(collect(o.fullName), []) AS organizations
RETURN p.id AS personId, p.name AS name, p.jurisdiction AS jurisdiction, p.idBasis AS idBasis, titles, organizations
ORDER BY name, personId
LIMIT $limit
