// CPU time of the calling thread (not the whole process), read from Linux's /proc/thread-self; null elsewhere.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on every mainstream Linux). */
const TICKS_PER_SECOND = 100;

/** Seconds of CPU (user + system) the calling thread has used, at 10 ms resolution; null when /proc is not there. */
export function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis are plain numbers.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
