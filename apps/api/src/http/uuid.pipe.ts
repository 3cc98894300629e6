import { ParseUUIDPipe } from '@nestjs/common';
import { NotFoundError } from '@kyodo/platform';

/** A path id that is not a UUID names nothing: 404, like any unknown id. */
export const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundError({ ja: '指定されたリソース', en: 'The resource' }),
});
