// Neo4j DDL for the kg graph, run by the Neo4j store on open() (every statement is idempotent).
// Uniqueness on the stable ids makes every write a MERGE on an indexed key; relationship keys
// are indexed so a re-ingest finds the facts it already stored; one full-text index on names.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT journalist_id IF NOT EXISTS FOR (n:Journalist) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE INDEX sentence_article IF NOT EXISTS FOR (n:Sentence) ON (n.articleId);
CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.hash);
CREATE INDEX article_file IF NOT EXISTS FOR (n:Article) ON (n.file);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.key);
CREATE INDEX attended_sentence IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.sentenceId);
CREATE INDEX holds_key IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.key);
CREATE INDEX part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.key);
CREATE INDEX reported_in_key IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.key);
CREATE INDEX mentioned_in_key IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.key);
CREATE INDEX wrote_key IF NOT EXISTS FOR ()-[r:WROTE]-() ON (r.key);
CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Person|Organization|Meeting|Journalist) ON EACH [n.name, n.fullName];
