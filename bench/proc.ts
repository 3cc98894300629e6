import { readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/PID/stat after the command name (which may itself hold spaces and parentheses). */
function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** The resident memory of a process, from /proc (Linux), in MB; 0 once it is gone. */
export function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** User + system CPU of a process in ms (clock ticks of 10 ms), from /proc; 0 once it is gone. */
export function cpuMs(pid: number): number {
  try {
    const fields = statFields(pid);
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** A process's children with their command lines (arguments joined by spaces). */
export function childrenOf(pid: number): Array<{ pid: number; cmd: string }> {
  const found: Array<{ pid: number; cmd: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statFields(entry)[1]) !== pid) continue;
      found.push({ pid: Number(entry), cmd: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** Which of the launcher's processes a command line is: API, worker, Redis (or the command itself). */
export function launchedProcessName(cmd: string): string {
  if (/kyodo-api|apps\/api\//.test(cmd)) return 'API';
  if (/kyodo-worker|apps\/worker\//.test(cmd)) return 'worker';
  return cmd.includes('redis') ? 'Redis' : cmd.trim();
}
