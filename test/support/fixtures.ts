/** A small, valid exercise: print `hello` at exactly 1000 ms of virtual time. Starter prints nothing. */
export function helloLaterExercise(slug = 'hello-later') {
  return {
    slug,
    title: 'Hello, later',
    difficulty: 'intro',
    tags: ['timers'],
    estimatedMinutes: 5,
    statement: 'Print `hello` after one second.',
    language: 'js',
    entry: 'script',
    starter: '// Print hello after one second.\n',
    solution: "setTimeout(() => console.log('hello'), 1000);\n",
    checks: [
      {
        id: 'prints-hello',
        title: 'Prints hello at 1000 ms',
        kind: 'output',
        mode: 'exact',
        expect: [{ text: 'hello', at: 1000 }],
        hint: 'setTimeout takes a delay in milliseconds.',
      },
      { id: 'exits-cleanly', title: 'Exits cleanly', kind: 'clean-exit', visibility: 'hidden' },
    ],
  };
}

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
