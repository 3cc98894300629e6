import { smallMallocEnvironment } from '@kyodo/config';

/**
 * Imported first by the launcher: on Linux it starts the launcher again, in place (same process id, same stdio),
 * with the malloc settings of smallMallocEnvironment (which says why). glibc reads them only when a process starts,
 * so they cannot be set from inside; hence the re-execution, before the launcher does anything else. The API and the
 * worker inherit them.
 */
const environment = smallMallocEnvironment();
if (environment && typeof process.execve === 'function') {
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], environment);
}
