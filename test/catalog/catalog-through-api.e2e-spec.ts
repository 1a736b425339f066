import { loadCatalog } from '@loopgrade/catalog';
import { auth } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

/** The catalog as students meet it: loaded at boot, listed by the API, graded through the queue. */
jest.setTimeout(300_000);

describe('every catalog exercise loads through the API and grades through the queue', () => {
  let t: TestApp;
  let student: TestUser;
  const catalog = loadCatalog('exercises');

  beforeAll(async () => {
    t = await startTestApp({ loadExercises: true, env: { SUBMISSION_RATE_PER_MINUTE: '1000' } });
    student = await t.createUser('student');
  });
  afterAll(() => t.close());

  it('lists every exercise, published, without solutions or hidden checks', async () => {
    const listed = await t.http.get('/v1/exercises?limit=100').set(auth(student.token)).expect(200);
    expect(listed.body.items.map((e: { slug: string }) => e.slug).sort()).toEqual(
      catalog.map((e) => e.slug).sort(),
    );
    for (const exercise of listed.body.items) {
      expect(exercise.published).toBe(true);
      expect(exercise.solution).toBeUndefined();
      expect(exercise.checks.every((c: { visibility?: string }) => c.visibility !== 'hidden')).toBe(true);
    }
  });

  it('grades each reference solution 100 and each starter below 100', async () => {
    const submitted = await Promise.all(
      catalog.flatMap((exercise) =>
        (['solution', 'starter'] as const).map(async (kind) => {
          const res = await t.http
            .post(`/v1/exercises/${exercise.slug}/submissions`)
            .set(auth(student.token))
            .send({ code: exercise[kind] })
            .expect(202);
          return { slug: exercise.slug, kind, id: res.body.id as string };
        }),
      ),
    );
    const outcomes: Record<string, unknown> = {};
    for (const { slug, kind, id } of submitted) {
      const res = await t.http.get(`/v1/submissions/${id}?wait=30`).set(auth(student.token)).expect(200);
      outcomes[`${slug} ${kind}`] =
        res.body.status === 'graded'
          ? kind === 'solution'
            ? res.body.result.score
            : res.body.result.score < 100
          : res.body.status;
    }
    const expected = Object.fromEntries(
      submitted.map(({ slug, kind }) => [`${slug} ${kind}`, kind === 'solution' ? 100 : true]),
    );
    expect(outcomes).toEqual(expected);
  });

  it('syncing the unchanged catalog again creates no version', async () => {
    const { CatalogSync } = await import('../../apps/api/src/modules/catalog/catalog-sync.service');
    const report = await t.app.get(CatalogSync).sync('exercises', t.admin.id);
    expect(report).toEqual({ created: [], updated: [], unchanged: catalog.map((e) => e.slug) });
  });
});
