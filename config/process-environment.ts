/**
 * The environment a process hands to the processes it starts: its own, with the given settings on top. The launcher
 * gives its children everything it was given (they validate it themselves with loadConfig).
 */
export function childEnvironment(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/**
 * The environment to start the launcher again with, glibc's malloc limited to two arenas and a fixed mmap threshold;
 * null when there is nothing to do (not Linux, or MALLOC_ARENA_MAX already chosen by whoever started it).
 *
 * Why: V8 compiles PGlite's WebAssembly again on background threads shortly after start; each thread allocates
 * from an arena of its own, and glibc keeps what those compilations freed (measured on an idle PGlite: about 750 MB
 * resident with the default arenas, about 300 MB with two). A fixed threshold: glibc otherwise raises it after the
 * first large free, and the compiler's large blocks then stay in the arenas (launcher at rest ~250 → ~220 MB).
 */
export function smallMallocEnvironment(): NodeJS.ProcessEnv | null {
  if (process.platform !== 'linux' || process.env.MALLOC_ARENA_MAX) return null;
  return childEnvironment({
    MALLOC_ARENA_MAX: '2',
    MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
  });
}
