import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts by itself only when the runner exposes globals; these tests import what they use.
afterEach(() => cleanup());
