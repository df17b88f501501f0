// Entry for tests that run `kg` as a child process straight from the TypeScript sources.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
