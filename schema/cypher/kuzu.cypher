// Kuzu DDL for the kg graph (created by `kg` on first use). HOLDS and PART_OF rows carry a
// `key` (a re-ingest looks them up by it); the other relationships are told apart by their
// endpoints (and WROTE's role), and a unique string per row made every commit slower (each
// rewrites the person-keyed tables). ATTENDED.roles and HOLDS.articleIds are
// lists kept as one string (items joined by "|"; queries read them as lists, see
// src/store/kuzu-lists.ts): list columns made commits cost more the more the table held.
CREATE NODE TABLE IF NOT EXISTS Person(id STRING PRIMARY KEY, name STRING, jurisdiction STRING, idBasis STRING);
CREATE NODE TABLE IF NOT EXISTS Organization(id STRING PRIMARY KEY, name STRING, fullName STRING);
CREATE NODE TABLE IF NOT EXISTS Meeting(id STRING PRIMARY KEY, name STRING, kind STRING, date STRING, place STRING, jurisdiction STRING);
CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, hash STRING, headline STRING, date STRING, newspaper STRING, file STRING, url STRING, locale STRING);
CREATE NODE TABLE IF NOT EXISTS Journalist(id STRING PRIMARY KEY, name STRING, newspaper STRING);
CREATE REL TABLE IF NOT EXISTS ATTENDED(FROM Person TO Meeting, role STRING, roles STRING, `order` INT64, articleId STRING, evidence STRING, evidenceStart INT64, evidenceEnd INT64);
CREATE REL TABLE IF NOT EXISTS HOLDS(FROM Person TO Organization, key STRING, title STRING, firstSeen STRING, lastSeen STRING, articleIds STRING);
CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Organization TO Organization, key STRING);
CREATE REL TABLE IF NOT EXISTS REPORTED_IN(FROM Meeting TO Article);
CREATE REL TABLE IF NOT EXISTS MENTIONED_IN(FROM Person TO Article, count INT64, evidence STRING);
CREATE REL TABLE IF NOT EXISTS WROTE(FROM Journalist TO Article, role STRING);
