// name: organization-hierarchy
// description: The organisation hierarchy: each organisation and the one it belongs to
// description: (市委组织部 → 市委).
MATCH (c:Organization)-[:PART_OF]->(p:Organization)
RETURN p.id AS parentId, p.fullName AS parent, c.id AS childId, c.fullName AS child
ORDER BY parent, child
