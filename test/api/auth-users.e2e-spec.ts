import { auth } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('identity: users, tokens, login', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('logs in with a password and returns a working token', async () => {
    const teacher = await t.createUser('teacher', { password: 'correct horse battery' });
    const res = await t.http
      .post('/v1/auth/login')
      .send({ email: teacher.email, password: 'correct horse battery' })
      .expect(200);
    expect(res.body.user).toMatchObject({ id: teacher.id, role: 'teacher' });
    const me = await t.http.get('/v1/me').set(auth(res.body.token)).expect(200);
    expect(me.body.email).toBe(teacher.email);
  });

  it('rejects a wrong password and an unknown email alike', async () => {
    const student = await t.createUser('student', { password: 'pa55word!' });
    const wrong = await t.http
      .post('/v1/auth/login')
      .send({ email: student.email, password: 'nope-nope' })
      .expect(401);
    const unknown = await t.http
      .post('/v1/auth/login')
      .send({ email: 'ghost@example.test', password: 'nope-nope' })
      .expect(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('stores tokens hashed, shows them once, tracks last use, and revokes them', async () => {
    const student = await t.createUser('student');
    const issued = await t.http
      .post(`/v1/users/${student.id}/tokens`)
      .set(auth(student.token))
      .send({ name: 'laptop' })
      .expect(201);
    expect(issued.body.token).toMatch(/^lg_/);
    await t.http.get('/v1/me').set(auth(issued.body.token)).expect(200);
    const list = await t.http.get(`/v1/users/${student.id}/tokens`).set(auth(student.token)).expect(200);
    const laptop = list.body.find((token: { id: string }) => token.id === issued.body.id);
    expect(laptop).toMatchObject({ name: 'laptop', revokedAt: null });
    expect(laptop.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.body)).not.toContain(issued.body.token);
    await t.http.delete(`/v1/tokens/${issued.body.id}`).set(auth(student.token)).expect(204);
    await t.http.get('/v1/me').set(auth(issued.body.token)).expect(401);
  });

  it('teachers create students, one by one and in bulk, but not teachers', async () => {
    const teacher = await t.createUser('teacher');
    await t.http
      .post('/v1/users')
      .set(auth(teacher.token))
      .send({ email: 'other-teacher@example.test', name: 'T', role: 'teacher' })
      .expect(403);
    const bulk = await t.http
      .post('/v1/users/import')
      .set(auth(teacher.token))
      .send({
        users: [1, 2, 3].map((n) => ({ email: `bulk${n}@example.test`, name: `Bulk ${n}`, role: 'student' })),
      })
      .expect(201);
    expect(bulk.body.created).toHaveLength(3);
    const mine = await t.http.get('/v1/users').set(auth(teacher.token)).expect(200);
    expect(mine.body.items.map((u: { email: string }) => u.email).sort()).toEqual([
      'bulk1@example.test',
      'bulk2@example.test',
      'bulk3@example.test',
    ]);
  });

  it('a bulk import with a taken email creates nobody and names the email', async () => {
    const res = await t.http
      .post('/v1/users/import')
      .set(auth(t.admin.token))
      .send({
        users: [
          { email: 'fresh@example.test', name: 'Fresh', role: 'student' },
          { email: t.admin.email, name: 'Dup', role: 'student' },
        ],
      })
      .expect(409);
    expect(res.body.detail).toContain(t.admin.email);
    const all = await t.http.get('/v1/users?limit=100').set(auth(t.admin.token)).expect(200);
    expect(all.body.items.map((u: { email: string }) => u.email)).not.toContain('fresh@example.test');
  });

  it('paginates users with a cursor', async () => {
    for (let i = 0; i < 3; i++) await t.createUser('student');
    const first = await t.http.get('/v1/users?limit=2').set(auth(t.admin.token)).expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.http
      .get(`/v1/users?limit=2&cursor=${first.body.nextCursor}`)
      .set(auth(t.admin.token))
      .expect(200);
    const ids = [...first.body.items, ...second.body.items].map((u: { id: string }) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a bad limit and a duplicate email', async () => {
    await t.http.get('/v1/users?limit=0').set(auth(t.admin.token)).expect(400);
    await t.http.get('/v1/users?limit=abc').set(auth(t.admin.token)).expect(400);
    const student = await t.createUser('student');
    const dup = await t.http
      .post('/v1/users')
      .set(auth(t.admin.token))
      .send({ email: student.email, name: 'x', role: 'student' })
      .expect(409);
    expect(dup.body.errors[0].field).toBe('email');
  });
});
