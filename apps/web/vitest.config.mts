import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Component tests of the web app: `*.test.ts(x)` beside the components, in happy-dom. Jest runs only `*.spec.ts`
// (jest.config.ts) and ignores apps/web; these run with `npm run test:components`.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/*.spec.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
