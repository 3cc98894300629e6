import type { AnswerOf, OperationKey } from './client';
import type { Responses } from './models';

/**
 * Each area types the answers it reads (models.ts and the areas' augmentations of `Responses`). This holds those
 * types to the API's own document (openapi.gen.ts): where the documented answer no longer fits what an area
 * expects, the web type check fails here, naming the operations that drifted as the members `{}` lacks.
 */
type Fits = {
  [K in keyof Responses]: K extends OperationKey ? ([AnswerOf<K>] extends [Responses[K]] ? true : false) : false;
};
type Drifted = { [K in keyof Fits as Fits[K] extends true ? never : K]: Fits[K] };

export const noAnswerDrifted: Drifted = {};
