import type { CatalogProblem } from './types';

/** Thrown by loadCatalog with every problem found, so one run reports them all. */
export class CatalogError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(
      `The exercise catalog has ${problems.length} problem(s):\n` +
        problems.map((problem) => `  ${problem.slug}: ${problem.path}: ${problem.message}`).join('\n'),
    );
    this.name = 'CatalogError';
  }
}
