// kg eval: placeholder until its issue lands.
import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('eval (not implemented yet)')
    .action(() => {
      throw new Error('kg eval is not implemented yet');
    });
}
