/** How long a process told to stop may take to close before it exits anyway. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

/**
 * A process told to stop (SIGTERM, SIGINT) closes through Nest's shutdown hooks; this makes sure it also ends when a
 * hook waits on something already gone — Redis stopped first, whose connections then retry for ever — instead of
 * running on with nothing to serve. After `ms` it says so and exits with status 1. The timer does not keep an
 * otherwise finished process alive.
 */
export function exitIfShutdownHangs(say: (message: string) => void, ms = SHUTDOWN_DEADLINE_MS): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        say(`shutdown did not finish within ${ms} ms of ${signal}; exiting`);
        process.exit(1);
      }, ms).unref();
    });
  }
}
