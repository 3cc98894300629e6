import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@kyodo/platform';

export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor => context.switchToHttp().getRequest().actor,
);
