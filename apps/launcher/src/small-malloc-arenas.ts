/**
 * Imported first by the launcher: on Linux it starts the launcher again, in place (same process id, same stdio),
 * with glibc's malloc limited to two arenas and a fixed mmap threshold, unless MALLOC_ARENA_MAX is already set.
 *
 * Why: V8 compiles PGlite's WebAssembly again with its optimizing compiler on background threads shortly after
 * start; each thread allocates from an arena of its own, and glibc keeps what those compilations freed. Measured
 * on an idle PGlite: about 750 MB resident with the default arenas, about 300 MB with two. The API and the worker
 * inherit the setting. glibc reads it only when a process
 * starts, so it cannot be set from inside; hence the re-execution, before anything else is loaded.
 */
if (process.platform === 'linux' && !process.env.MALLOC_ARENA_MAX && typeof process.execve === 'function') {
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    ...process.env,
    MALLOC_ARENA_MAX: '2',
    // A fixed threshold: glibc otherwise raises it after the first large free, and the compiler's large blocks then
    // come from the arenas and stay there instead of being unmapped when freed (launcher at rest ~250 → ~220 MB).
    MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
  });
}

export {};
