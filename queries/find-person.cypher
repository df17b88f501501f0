// name: find-person
// description: People whose name contains a text, with their jurisdiction and ids (to use in
// description: the other queries).
// param: name string = "" -- part of the name
MATCH (p:Person)
WHERE $name = '' OR p.name CONTAINS $name
RETURN p.id AS personId, p.name AS name, p.jurisdiction AS jurisdiction, p.idBasis AS idBasis
ORDER BY name, personId
