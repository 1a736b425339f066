export * from './contract';
export { run, closeDefaultPool } from './default-pool';
export { SandboxPool, type SandboxPoolOptions } from './host/pool';
export { DEFAULT_LIMITS, DEFAULT_EPOCH_MS } from './host/options';
export { runCli } from './cli';
