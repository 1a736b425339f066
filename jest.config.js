/** One Jest config for the whole house: unit specs live beside their code, e2e and integration suites in test/. */
const aliases = ['engine', 'grading', 'database', 'queue', 'config', 'events', 'sandbox', 'catalog', 'integrations'];

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testRegex: '.*\\.(spec|e2e-spec|int-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json', diagnostics: false }],
  },
  moduleNameMapper: Object.fromEntries(
    aliases.flatMap((name) => [
      [`^@loopgrade/${name}$`, `<rootDir>/libs/${name}/src`],
      [`^@loopgrade/${name}/(.*)$`, `<rootDir>/libs/${name}/src/$1`],
    ]),
  ),
  testTimeout: 60000,
};
