// kg bench: placeholder until its issue lands.
import type { Command } from 'commander';

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('bench (not implemented yet)')
    .action(() => {
      throw new Error('kg bench is not implemented yet');
    });
}
