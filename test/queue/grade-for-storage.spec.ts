import { SandboxPool } from '@loopgrade/engine';
import type { ProgramRunner, RunResult } from '@loopgrade/engine';
import { gradeForStorage, SandboxFailure } from '../../apps/worker/src/jobs/grading/grade-for-storage';
import { helloLaterExercise } from '../support/fixtures';

const { slug, ...exercise } = helloLaterExercise();
const version = { ...exercise, estimatedMinutes: 5, limits: {}, services: {}, runtime: {} };

describe('gradeForStorage: what grading and regrading store', () => {
  it('turns a real sandbox run into a result row', async () => {
    const pool = new SandboxPool({ size: 1 });
    try {
      const result = await gradeForStorage(pool, slug, version, { code: exercise.solution, language: 'js' });
      expect(result).toMatchObject({ score: 100, status: 'passed' });
    } finally {
      await pool.close();
    }
  });

  it('never stores a failure of the sandbox itself as a grade', async () => {
    // What the pool reports when its child process dies under a run.
    const dyingSandbox: ProgramRunner = {
      run: async (): Promise<RunResult> => ({
        status: 'error',
        exitCode: 1,
        events: [],
        error: null,
        virtualTimeMs: 0,
        truncated: false,
        calls: [],
        stats: { callbacks: 0, cpuMs: 0, wallMs: 0 },
        message: 'sandbox process died',
      }),
    };
    await expect(
      gradeForStorage(dyingSandbox, slug, version, { code: exercise.solution, language: 'js' }),
    ).rejects.toBeInstanceOf(SandboxFailure);
  });
});
