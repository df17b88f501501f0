// kg start: placeholder until its issue lands.
import type { Command } from 'commander';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start (not implemented yet)')
    .action(() => {
      throw new Error('kg start is not implemented yet');
    });
}
