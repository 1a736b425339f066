import { readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** Resident set size of a process in MB, read from outside it (Linux); null where /proc is unavailable. */
export function residentMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(pages) ? (pages * PAGE_SIZE) / (1024 * 1024) : null;
  } catch {
    return null;
  }
}
