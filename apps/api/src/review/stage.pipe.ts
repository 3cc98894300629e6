import type { PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '@kyodo/platform';
import { STAGES, type Stage } from '@kyodo/review';

/** The evaluation stage in a path: document, presentation or project_end. */
export const stagePipe: PipeTransform<string, Stage> = {
  transform(value: string): Stage {
    if ((STAGES as readonly string[]).includes(value)) return value as Stage;
    throw new ValidationFailedError([{ field: 'stage', messages: [`stage must be one of ${STAGES.join(', ')}`] }]);
  },
};
