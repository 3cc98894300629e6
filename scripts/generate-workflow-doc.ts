import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkflowDoc } from '@kyodo/workflow';

/** Writes docs/workflow.md from the machine definition. */
const target = join(__dirname, '../../docs/workflow.md');
writeFileSync(target, buildWorkflowDoc());
process.stdout.write(`wrote ${target}\n`);
