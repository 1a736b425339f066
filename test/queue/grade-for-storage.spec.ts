import { SandboxPool } from '@loopgrade/engine';
import type { ProgramRunner } from '@loopgrade/engine';
import { verdictOnly } from '@loopgrade/engine/host/results';
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
    // What the pool reports when its child process dies under a run, built by the pool's own helper.
    const dyingSandbox: ProgramRunner = {
      run: async () => verdictOnly('error', 'sandbox process died'),
    };
    await expect(
      gradeForStorage(dyingSandbox, slug, version, { code: exercise.solution, language: 'js' }),
    ).rejects.toBeInstanceOf(SandboxFailure);
  });
});
