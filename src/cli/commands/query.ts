// kg query: placeholder until its issue lands.
import type { Command } from 'commander';

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('query (not implemented yet)')
    .action(() => {
      throw new Error('kg query is not implemented yet');
    });
}
