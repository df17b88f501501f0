// Kuzu DDL for the kg graph (created by `kg` on first use). The person-keyed relationship
// tables hold only numbers and short strings: every commit after a COPY rewrites them whole, so
// anything longer per row (an evidence sentence, a 64-character article id) made each write
// slower and Kuzu's memory need grow with the store. Hence evidence sentences are Sentence
// nodes, named by a 12-character id; only HOLDS and PART_OF keep a `key` (a write looks them
// up by it); ATTENDED.roles and HOLDS.articleIds are lists kept as one string (items joined by
// "|"; queries read them as lists, see src/store/kuzu-lists.ts).
CREATE NODE TABLE IF NOT EXISTS Person(id STRING PRIMARY KEY, name STRING, jurisdiction STRING, idBasis STRING);
CREATE NODE TABLE IF NOT EXISTS Organization(id STRING PRIMARY KEY, name STRING, fullName STRING);
CREATE NODE TABLE IF NOT EXISTS Meeting(id STRING PRIMARY KEY, name STRING, kind STRING, date STRING, place STRING, jurisdiction STRING);
CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, hash STRING, headline STRING, date STRING, newspaper STRING, file STRING, url STRING, locale STRING);
CREATE NODE TABLE IF NOT EXISTS Journalist(id STRING PRIMARY KEY, name STRING, newspaper STRING);
CREATE NODE TABLE IF NOT EXISTS Sentence(id STRING PRIMARY KEY, articleId STRING, text STRING);
CREATE REL TABLE IF NOT EXISTS ATTENDED(FROM Person TO Meeting, role STRING, roles STRING, `order` INT64, sentenceId STRING, evidenceStart INT64, evidenceEnd INT64);
CREATE REL TABLE IF NOT EXISTS HOLDS(FROM Person TO Organization, key STRING, title STRING, firstSeen STRING, lastSeen STRING, articleIds STRING);
CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Organization TO Organization, key STRING);
CREATE REL TABLE IF NOT EXISTS REPORTED_IN(FROM Meeting TO Article);
CREATE REL TABLE IF NOT EXISTS MENTIONED_IN(FROM Person TO Article, count INT64, sentenceId STRING);
CREATE REL TABLE IF NOT EXISTS WROTE(FROM Journalist TO Article, role STRING);
