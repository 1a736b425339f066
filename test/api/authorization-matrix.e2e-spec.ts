import { auth, helloLaterExercise } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

type Actor = 'anonymous' | 'admin' | 'owner' | 'otherTeacher' | 'student' | 'otherStudent';
const ACTORS: Actor[] = ['anonymous', 'admin', 'owner', 'otherTeacher', 'student', 'otherStudent'];

interface World {
  users: Record<Exclude<Actor, 'anonymous'>, TestUser>;
  draft: string;
  published: string;
  submissionId: string;
}

interface Route {
  name: string;
  /** Makes the request; may create what it needs first (destructive routes get a fresh target per call). */
  call(t: TestApp, w: World, token: string | undefined): Promise<{ status: number }>;
  expect: Record<Actor, number>;
}

let seq = 0;
const fresh = () => `matrix-${++seq}-${Date.now().toString(36)}`;

describe('authorization matrix: every role on every route', () => {
  let t: TestApp;
  let w: World;

  const send = (token: string | undefined) => (token ? auth(token) : {});

  async function newDraft(owner: TestUser): Promise<string> {
    const slug = fresh();
    await t.http.post('/v1/exercises').set(auth(owner.token)).send(helloLaterExercise(slug)).expect(201);
    return slug;
  }

  const ROUTES: Route[] = [
    {
      name: 'GET /v1/me',
      call: (t, _w, token) => t.http.get('/v1/me').set(send(token)),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 200, student: 200, otherStudent: 200 },
    },
    {
      name: 'POST /v1/users (a student)',
      call: (t, _w, token) =>
        t.http
          .post('/v1/users')
          .set(send(token))
          .send({ email: `${fresh()}@example.test`, name: 'S', role: 'student' }),
      expect: { anonymous: 401, admin: 201, owner: 201, otherTeacher: 201, student: 403, otherStudent: 403 },
    },
    {
      name: 'POST /v1/users (a teacher)',
      call: (t, _w, token) =>
        t.http
          .post('/v1/users')
          .set(send(token))
          .send({ email: `${fresh()}@example.test`, name: 'T', role: 'teacher' }),
      expect: { anonymous: 401, admin: 201, owner: 403, otherTeacher: 403, student: 403, otherStudent: 403 },
    },
    {
      name: 'POST /v1/users/import',
      call: (t, _w, token) =>
        t.http
          .post('/v1/users/import')
          .set(send(token))
          .send({ users: [{ email: `${fresh()}@example.test`, name: 'S', role: 'student' }] }),
      expect: { anonymous: 401, admin: 201, owner: 201, otherTeacher: 201, student: 403, otherStudent: 403 },
    },
    {
      name: 'GET /v1/users',
      call: (t, _w, token) => t.http.get('/v1/users').set(send(token)),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 200, student: 403, otherStudent: 403 },
    },
    {
      name: 'GET /v1/users/{student}',
      call: (t, w, token) => t.http.get(`/v1/users/${w.users.student.id}`).set(send(token)),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 404, student: 200, otherStudent: 404 },
    },
    {
      name: 'POST /v1/users/{student}/tokens',
      call: (t, w, token) =>
        t.http.post(`/v1/users/${w.users.student.id}/tokens`).set(send(token)).send({ name: 'x' }),
      expect: { anonymous: 401, admin: 201, owner: 403, otherTeacher: 404, student: 201, otherStudent: 404 },
    },
    {
      name: "DELETE /v1/tokens/{student's token}",
      call: async (t, w, token) => {
        const issued = await t.http
          .post(`/v1/users/${w.users.student.id}/tokens`)
          .set(auth(t.admin.token))
          .send({ name: 'victim' });
        return t.http.delete(`/v1/tokens/${issued.body.id}`).set(send(token));
      },
      expect: { anonymous: 401, admin: 204, owner: 404, otherTeacher: 404, student: 204, otherStudent: 404 },
    },
    {
      name: 'GET /v1/exercises',
      call: (t, _w, token) => t.http.get('/v1/exercises').set(send(token)),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 200, student: 200, otherStudent: 200 },
    },
    {
      name: 'POST /v1/exercises',
      call: (t, _w, token) => t.http.post('/v1/exercises').set(send(token)).send(helloLaterExercise(fresh())),
      expect: { anonymous: 401, admin: 201, owner: 201, otherTeacher: 201, student: 403, otherStudent: 403 },
    },
    {
      name: 'GET /v1/exercises/{draft}',
      call: (t, w, token) => t.http.get(`/v1/exercises/${w.draft}`).set(send(token)),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 404, student: 404, otherStudent: 404 },
    },
    {
      name: 'PUT /v1/exercises/{draft}',
      call: (t, w, token) => {
        const { slug: _slug, ...body } = helloLaterExercise(w.draft);
        return t.http
          .put(`/v1/exercises/${w.draft}`)
          .set(send(token))
          .send({ ...body, title: fresh() });
      },
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 404, student: 403, otherStudent: 403 },
    },
    {
      name: 'PUT /v1/exercises/{published}',
      call: (t, w, token) => {
        const { slug: _slug, ...body } = helloLaterExercise(w.published);
        return t.http.put(`/v1/exercises/${w.published}`).set(send(token)).send(body);
      },
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 403, student: 403, otherStudent: 403 },
    },
    {
      name: 'GET /v1/exercises/{draft}/versions',
      call: (t, w, token) => t.http.get(`/v1/exercises/${w.draft}/versions`).set(send(token)),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 404, student: 403, otherStudent: 403 },
    },
    {
      name: 'POST /v1/exercises/{draft}/publish',
      call: async (t, w, token) =>
        t.http.post(`/v1/exercises/${await newDraft(w.users.owner)}/publish`).set(send(token)),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 404, student: 403, otherStudent: 403 },
    },
    {
      name: 'POST /v1/exercises/{published}/unpublish',
      call: async (t, w, token) => {
        await t.http.post(`/v1/exercises/${w.published}/publish`).set(auth(w.users.owner.token)).expect(200);
        return t.http.post(`/v1/exercises/${w.published}/unpublish`).set(send(token));
      },
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 403, student: 403, otherStudent: 403 },
    },
    {
      name: 'DELETE /v1/exercises/{draft}',
      call: async (t, w, token) =>
        t.http.delete(`/v1/exercises/${await newDraft(w.users.owner)}`).set(send(token)),
      expect: { anonymous: 401, admin: 204, owner: 204, otherTeacher: 404, student: 403, otherStudent: 403 },
    },
    {
      name: 'POST /v1/exercises/{published}/submissions',
      call: async (t, w, token) => {
        await t.http.post(`/v1/exercises/${w.published}/publish`).set(auth(w.users.owner.token));
        return t.http
          .post(`/v1/exercises/${w.published}/submissions`)
          .set(send(token))
          .send({ code: 'console.log(1)' });
      },
      expect: { anonymous: 401, admin: 202, owner: 202, otherTeacher: 202, student: 202, otherStudent: 202 },
    },
    {
      name: 'POST /v1/exercises/{draft}/submissions',
      call: (t, w, token) =>
        t.http.post(`/v1/exercises/${w.draft}/submissions`).set(send(token)).send({ code: 'console.log(1)' }),
      expect: { anonymous: 401, admin: 202, owner: 202, otherTeacher: 404, student: 404, otherStudent: 404 },
    },
    {
      name: "GET /v1/submissions/{student's}",
      call: (t, w, token) => t.http.get(`/v1/submissions/${w.submissionId}`).set(send(token)),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 404, student: 200, otherStudent: 404 },
    },
    {
      name: 'GET /v1/submissions',
      call: (t, _w, token) => t.http.get('/v1/submissions').set(send(token)),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 200, student: 200, otherStudent: 200 },
    },
    {
      name: 'POST /v1/runs',
      call: (t, _w, token) => t.http.post('/v1/runs').set(send(token)).send({ code: 'console.log(1)' }),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 200, student: 200, otherStudent: 200 },
    },
    {
      name: 'POST /v1/runs with a draft exercise',
      call: (t, w, token) =>
        t.http.post('/v1/runs').set(send(token)).send({ code: 'console.log(1)', exercise: w.draft }),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 404, student: 404, otherStudent: 404 },
    },
    {
      name: 'POST /v1/exercises/{draft}/try',
      call: (t, w, token) =>
        t.http.post(`/v1/exercises/${w.draft}/try`).set(send(token)).send({ code: 'console.log(1)' }),
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 404, student: 403, otherStudent: 403 },
    },
    {
      name: 'POST /v1/exercises/{fresh published}/regrade',
      call: async (t, w, token) => {
        const slug = await newDraft(w.users.owner);
        await t.http.post(`/v1/exercises/${slug}/publish`).set(auth(w.users.owner.token)).expect(200);
        return t.http.post(`/v1/exercises/${slug}/regrade`).set(send(token));
      },
      expect: { anonymous: 401, admin: 202, owner: 202, otherTeacher: 403, student: 403, otherStudent: 403 },
    },
    {
      name: 'GET /v1/exercises/{published}/regrade',
      call: async (t, w, token) => {
        await t.http.post(`/v1/exercises/${w.published}/publish`).set(auth(w.users.owner.token));
        await t.http.post(`/v1/exercises/${w.published}/regrade`).set(auth(w.users.owner.token));
        return t.http.get(`/v1/exercises/${w.published}/regrade`).set(send(token));
      },
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 403, student: 403, otherStudent: 403 },
    },
    {
      name: "GET /v1/submissions/{student's}?format=exercism",
      call: async (t, w, token) => {
        await t.http.get(`/v1/submissions/${w.submissionId}?wait=30`).set(auth(t.admin.token));
        return t.http.get(`/v1/submissions/${w.submissionId}?format=exercism`).set(send(token));
      },
      expect: { anonymous: 401, admin: 200, owner: 200, otherTeacher: 404, student: 200, otherStudent: 404 },
    },
    {
      name: 'GET /metrics',
      call: (t, _w, token) => t.http.get('/metrics').set(send(token)),
      expect: { anonymous: 200, admin: 200, owner: 200, otherTeacher: 200, student: 200, otherStudent: 200 },
    },
    {
      name: 'GET /health/ready',
      call: (t, _w, token) => t.http.get('/health/ready').set(send(token)),
      expect: { anonymous: 200, admin: 200, owner: 200, otherTeacher: 200, student: 200, otherStudent: 200 },
    },
  ];

  beforeAll(async () => {
    t = await startTestApp({ env: { SUBMISSION_RATE_PER_MINUTE: '1000' } });
    const owner = await t.createUser('teacher');
    const otherTeacher = await t.createUser('teacher');
    const student = await t.createUser('student', { createdBy: owner });
    const otherStudent = await t.createUser('student');
    const users = { admin: t.admin, owner, otherTeacher, student, otherStudent };
    const draft = await newDraft(owner);
    const published = await newDraft(owner);
    await t.http.post(`/v1/exercises/${published}/publish`).set(auth(owner.token)).expect(200);
    const submission = await t.http
      .post(`/v1/exercises/${published}/submissions`)
      .set(auth(student.token))
      .send({ code: 'console.log(1)' })
      .expect(202);
    w = { users, draft, published, submissionId: submission.body.id };
  });
  afterAll(() => t.close());

  it.each(ROUTES.map((route) => [route.name, route] as const))('%s', async (_name, route) => {
    const actual: Record<string, number> = {};
    for (const actor of ACTORS) {
      const token = actor === 'anonymous' ? undefined : w.users[actor].token;
      actual[actor] = (await route.call(t, w, token)).status;
    }
    expect(actual).toEqual(route.expect);
  });
});
