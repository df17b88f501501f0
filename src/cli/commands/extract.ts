// kg extract: placeholder until its issue lands.
import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract people, titles, organisations and meetings from files (no store needed)')
    .action(() => {
      throw new Error('kg extract is not implemented yet');
    });
}
