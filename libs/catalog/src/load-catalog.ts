/**
 * Loads exercises/<slug>/ folders into plain exercise definitions: exercise.yaml holds the metadata and
 * checks, README.md the statement, starter.<ext> and solution.<ext> the code, wrong/*.<ext> the wrong
 * solutions the quality-bar tests replay. Reads files only; no database, no engine.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateExerciseFile, type ExerciseDefinition } from '@loopgrade/grading';
import { CatalogError } from './catalog-error';
import { contentHash } from './content-hash';
import { parseWrongSolution } from './wrong-solution-header';
import type { CatalogExercise, CatalogProblem, WrongSolution } from './types';

/** Fields that live in files next to exercise.yaml, never inside it. */
const FILE_FIELDS = ['statement', 'starter', 'solution'] as const;

/** The source file extension: what real Node needs to pick the same module semantics as the engine. */
export function sourceExtension(exercise: Pick<ExerciseDefinition, 'language' | 'moduleType'>): string {
  const esm = exercise.moduleType === 'esm';
  if (exercise.language === 'ts') return esm ? 'mts' : 'ts';
  return esm ? 'mjs' : 'js';
}

function readText(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

function readWrongSolutions(dir: string, extension: string, report: (path: string, message: string) => void) {
  const wrongDir = join(dir, 'wrong');
  if (!existsSync(wrongDir)) return [];
  const solutions: WrongSolution[] = [];
  for (const file of readdirSync(wrongDir).sort()) {
    if (!file.endsWith(`.${extension}`)) {
      report(`wrong/${file}`, `wrong solutions of this exercise end in .${extension}`);
      continue;
    }
    const parsed = parseWrongSolution(file, readFileSync(join(wrongDir, file), 'utf8'));
    if (typeof parsed === 'string') report(`wrong/${file}`, parsed);
    else solutions.push(parsed);
  }
  return solutions;
}

function loadExercise(dir: string, slug: string, problems: CatalogProblem[]): CatalogExercise | null {
  const before = problems.length;
  const report = (path: string, message: string) => problems.push({ slug, path, message });
  let metadata: Record<string, unknown>;
  try {
    metadata = parse(readFileSync(join(dir, 'exercise.yaml'), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    report('exercise.yaml', `does not parse: ${(error as Error).message}`);
    return null;
  }
  if (metadata === null || typeof metadata !== 'object') {
    report('exercise.yaml', 'must be a mapping');
    return null;
  }
  const { lesson, ...fields } = metadata;
  if (typeof lesson !== 'string' || lesson.trim() === '' || lesson.includes('\n')) {
    report('/lesson', 'needs one line saying what the exercise teaches');
  }
  if (fields.slug !== slug) report('/slug', `must equal the folder name "${slug}"`);
  for (const field of FILE_FIELDS) {
    if (field in fields) report(`/${field}`, `lives in its own file, not in exercise.yaml`);
  }
  const extension = sourceExtension(fields as Pick<ExerciseDefinition, 'language' | 'moduleType'>);
  const statement = readText(join(dir, 'README.md'));
  const starter = readText(join(dir, `starter.${extension}`));
  const solution = readText(join(dir, `solution.${extension}`));
  if (statement === null) report('README.md', 'is missing');
  if (starter === null) report(`starter.${extension}`, 'is missing');
  if (solution === null) report(`solution.${extension}`, 'is missing');
  const definition = { ...fields, statement, starter, solution };
  // The whole-file validation runs validateChecks' rules on `checks` too, with paths into the file.
  for (const error of validateExerciseFile(definition).errors) report(error.path || '/', error.message);
  const wrongSolutions = readWrongSolutions(dir, extension, report);
  const checkIds = new Set(((fields.checks ?? []) as Array<{ id?: unknown }>).map((check) => check.id));
  for (const wrong of wrongSolutions) {
    for (const id of wrong.fails.filter((failed) => !checkIds.has(failed))) {
      report(`wrong/${wrong.file}`, `names unknown check "${id}"`);
    }
  }
  if (problems.length > before) return null;
  const exercise = { ...(definition as ExerciseDefinition), lesson: lesson as string };
  return { ...exercise, contentHash: contentHash(exercise), wrongSolutions };
}

/** Every exercises/<slug>/ folder that holds an exercise.yaml, sorted by slug. */
export function exerciseFolders(catalogDir: string): string[] {
  return readdirSync(catalogDir)
    .filter((name) => statSync(join(catalogDir, name)).isDirectory())
    .filter((name) => existsSync(join(catalogDir, name, 'exercise.yaml')))
    .sort();
}

/** Loads and validates the whole catalog; throws a CatalogError listing every problem found. */
export function loadCatalog(catalogDir: string): CatalogExercise[] {
  const problems: CatalogProblem[] = [];
  const exercises = exerciseFolders(catalogDir).map((slug) =>
    loadExercise(join(catalogDir, slug), slug, problems),
  );
  if (problems.length > 0) throw new CatalogError(problems);
  return exercises as CatalogExercise[];
}
