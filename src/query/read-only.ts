// Kuzu has no read-only session, so "read-only unless --write" is enforced by checking the
// statement: string literals, quoted identifiers and comments are blanked first, so a word inside
// a quoted name (e.g. a person called 'SET') cannot trip the check.
const WRITE_CLAUSES = /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|COPY|LOAD|INSTALL|ATTACH|IMPORT|EXPORT|CHECKPOINT|BEGIN|COMMIT|ROLLBACK|FOREACH|USE|GRANT|REVOKE|DENY|TERMINATE|START|STOP|ENABLE|DISABLE)\b/i;
/** Procedures that only read the schema (Kuzu's and Neo4j's). */
const READ_PROCEDURES = /^(show_tables|table_info|show_connection|current_setting|db_version|db\.labels|db\.relationshipTypes|db\.propertyKeys|db\.schema\.visualization|db\.indexes)$/i;

export class WriteRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRejected';
  }
}

export function stripLiteralsAndComments(q: string): string {
  return q
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`/g, "''");
}

/** The first writing clause of a statement, or null when it only reads. */
export function writingClause(query: string): string | null {
  const bare = stripLiteralsAndComments(query);
  const m = WRITE_CLAUSES.exec(bare);
  if (m) return m[1]!.toUpperCase();
  for (const call of bare.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    if (!READ_PROCEDURES.test(call[1]!)) return `CALL ${call[1]}`;
  }
  if (/\bCALL\s*\{/i.test(bare)) return 'CALL { … }';
  return null;
}

/** Throws WriteRejected naming the clause when the statement could write. */
export function assertReadOnly(query: string): void {
  const clause = writingClause(query);
  if (clause) throw new WriteRejected(`read-only: ${clause} is not allowed without --write`);
}
