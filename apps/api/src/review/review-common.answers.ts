import { STAGES } from '@kyodo/review';
import type { SchemaObject } from '../openapi/answers';

/** Member schemas the review and sessions answers share (the named schemas are in review/sessions.answers.ts). */
export const stage: SchemaObject = { type: 'string', enum: [...STAGES], description: 'Review stage (審査段階)' };

export const scoresByCriterion: SchemaObject = {
  type: 'object',
  additionalProperties: { type: 'number' },
  description: 'Score per criterion key',
};
export const textsByCriterion: SchemaObject = {
  type: 'object',
  additionalProperties: { type: 'string' },
  description: 'Text per criterion key',
};

/** 点数の丸め方: how every score is rounded, in both languages. */
export const roundingRule: SchemaObject = {
  type: 'object',
  description: 'How the scores are rounded (exact fractions, rounded once, half up, to hundredths)',
  required: ['ja', 'en'],
  properties: { ja: { type: 'string' }, en: { type: 'string' } },
};
