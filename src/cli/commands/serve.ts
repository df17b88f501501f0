// kg serve: placeholder until its issue lands.
import type { Command } from 'commander';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve (not implemented yet)')
    .action(() => {
      throw new Error('kg serve is not implemented yet');
    });
}
