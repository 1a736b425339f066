/** The Markdown overview of the catalog kept in exercises/README.md and README.md (a test keeps them in sync). */
import type { CatalogExercise } from './types';

const DIFFICULTY_ORDER = ['intro', 'easy', 'medium', 'hard'];
export const TUTORIAL_TAG = 'asyncio-tutorial';

/** exercises/README.md keeps the generated tables between these markers. */
export const TABLE_START = '<!-- catalog-table:start (npm run exercises:table) -->';
export const TABLE_END = '<!-- catalog-table:end -->';

function byDifficultyThenTitle(a: CatalogExercise, b: CatalogExercise): number {
  const difficulty = DIFFICULTY_ORDER.indexOf(a.difficulty) - DIFFICULTY_ORDER.indexOf(b.difficulty);
  return difficulty !== 0 ? difficulty : a.title.localeCompare(b.title);
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function table(exercises: CatalogExercise[], linkBase: string): string {
  const rows = [...exercises]
    .sort(byDifficultyThenTitle)
    .map(
      (exercise) =>
        `| [${escapeCell(exercise.title)}](${linkBase}${exercise.slug}/) | ${exercise.difficulty} | ` +
        `${exercise.estimatedMinutes ?? ''} min | ${escapeCell(exercise.lesson)} |`,
    );
  return ['| Exercise | Difficulty | Time | What it teaches |', '|---|---|---|---|', ...rows].join('\n');
}

/** Two tables: the lessons of the Python asyncio tutorial ported to Node, then the rest of the curriculum. */
/** `linkBase` is the path from the README holding the table to exercises/ ('' inside exercises/). */
export function catalogTable(catalog: CatalogExercise[], linkBase = ''): string {
  const tutorial = catalog.filter((exercise) => exercise.tags?.includes(TUTORIAL_TAG));
  const curriculum = catalog.filter((exercise) => !exercise.tags?.includes(TUTORIAL_TAG));
  return [
    `### The asyncio tutorial, ported to the Node event loop (${tutorial.length})`,
    '',
    table(tutorial, linkBase),
    '',
    `### The curriculum (${curriculum.length})`,
    '',
    table(curriculum, linkBase),
    '',
  ].join('\n');
}
