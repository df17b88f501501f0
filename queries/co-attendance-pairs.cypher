// name: co-attendance-pairs
// description: The pairs of people who attended the most meetings together.
// param: minShared int = 1 -- only pairs sharing at least this many meetings
// param: limit int = 50 -- at most this many pairs
MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
WHERE a.id < b.id
WITH a, b, count(DISTINCT m.id) AS shared
WHERE shared >= $minShared
RETURN a.id AS personA, a.name AS nameA, b.id AS personB, b.name AS nameB, shared
ORDER BY shared DESC, nameA, nameB
LIMIT $limit
