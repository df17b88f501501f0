// The viewer's server: start it, or use its pieces (snapshot, views) directly.
export { startServer } from './server.js';
export type { ServeOptions, RunningServer } from './server.js';
export { loadSnapshot } from './snapshot.js';
export type { Snapshot } from './snapshot.js';
export { buildViews, personDetail, meetingDetail, edgeDetail } from './views.js';
export { assertReadOnly, runCypher, CypherRejected } from './cypher.js';
export { viewerDir } from './viewer-dir.js';
