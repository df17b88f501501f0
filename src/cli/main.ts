// The `kg` executable: one program, one module per subcommand in ./commands.
import { Command, CommanderError, Option } from 'commander';
import { UsageError, PartialFailure } from './errors.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuery } from './commands/query.js';
import { registerServe } from './commands/serve.js';
import { registerBench } from './commands/bench.js';
import { registerStart } from './commands/start.js';
import { registerEval } from './commands/eval.js';

export function buildProgram(): Command {
  const program = new Command('kg')
    .description('Turn Chinese official news into a knowledge graph of officials, institutions and meetings.')
    .version('0.1.0')
    .addOption(new Option('--store <path>', 'embedded Kuzu database path (env KG_STORE, default ./data/kg.kuzu)'))
    .addOption(new Option('--neo4j-uri <uri>', 'use Neo4j instead, e.g. neo4j://localhost:7687 or neo4j+s://xxx.databases.neo4j.io (env NEO4J_URI)'))
    .addOption(new Option('--neo4j-user <user>', 'Neo4j user (env NEO4J_USER, default neo4j)'))
    .addOption(new Option('--neo4j-password <password>', 'Neo4j password (env NEO4J_PASSWORD; never printed)'))
    .addOption(new Option('--neo4j-database <name>', 'Neo4j database (env NEO4J_DATABASE, default: the server default)'))
    .addOption(new Option('--buffer-pool <size>', "embedded store's memory, e.g. 512MB or 2GB (env KG_BUFFER_POOL, default: Kuzu's, 80% of RAM)"))
    .showHelpAfterError('(run kg --help or kg <command> --help for the options)')
    .exitOverride();
  for (const register of [registerExtract, registerIngest, registerQuery, registerServe, registerBench, registerStart, registerEval]) {
    register(program);
  }
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code (0 ok, 1 runtime failure, 2 bad usage or partial failure). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and --version exit through here with code 0; commander already printed the message
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError || err instanceof PartialFailure) {
      process.stderr.write(`kg: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`kg: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.KG_DEBUG && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
    return 1;
  }
}
