import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkflowDoc } from './proposal-doc';

const DOC = join(__dirname, '../../../docs/workflow.md');

describe('docs/workflow.md', () => {
  it('is the diagram generated from the machine (run `npm run docs:workflow` after changing it)', () => {
    const generated = buildWorkflowDoc();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, generated);
    expect(readFileSync(DOC, 'utf8')).toBe(generated);
  });
});
