import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'kyodo:public';
/** Marks a route that needs no login. Everything else is denied without a valid token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
