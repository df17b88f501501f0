// Entry of the `kg` child process used by the interrupted-run tests (bundled by esbuild in the
// test, with ingest/worker.ts beside it, so the child runs the real worker-thread pool).
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
