import type { Responses } from './models';
import type { Operations } from './operations.gen';

/**
 * Each area types the answers it reads (models.ts and the areas' augmentations of `Responses`). This holds those
 * types to the API's own document: the documented answer must fit what the area expects, or the web type check
 * fails here naming the operations that drifted.
 */
type Drifted = {
  [K in keyof Responses]: K extends keyof Operations ? (Operations[K]['answer'] extends Responses[K] ? never : K) : K;
}[keyof Responses];

export const responsesFitTheDocument: [Drifted] extends [never] ? true : Drifted = true;
