import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** The scores as a municipality publishes them (libs/review aggregation/display.ts): strings, rounded once. */

export const SCORING_METHOD = {
  type: 'string',
  enum: ['proportional', 'range'],
  description:
    'How a score counts towards its weight: proportional = weight × score ÷ top score (as practice); range = weight × (score − lowest) ÷ (top − lowest)',
} as const;

@ApiSchema({
  name: 'ScoreDecimals',
  description: 'Decimals a displayed score shows: rounded half up at max, trailing zeros dropped to min',
})
export class ScoreDecimalsResponse {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 2 })
  min: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 2 })
  max: number;
}

@ApiSchema({ name: 'CriterionDisplay', description: 'One item as published: its mean on its own scale and its points' })
export class CriterionDisplayResponse {
  @ApiProperty({ type: 'string' })
  key: string;

  @ApiProperty({ type: 'string', example: '4.4', description: 'Mean on the item’s own scale' })
  mean: string;

  @ApiProperty({ type: 'string', example: '5', description: 'The scale’s top score' })
  scaleMax: string;

  @ApiProperty({ type: 'string', example: '4.4', description: 'Points earned of the weight' })
  points: string;

  @ApiProperty({ type: 'string', example: '5', description: 'The item’s weight (配点)' })
  weight: string;
}

@ApiSchema({
  name: 'StageDisplay',
  description:
    'A stage’s result in the published form: 「平均48.6点（60点満点）」, each item’s mean, the rounding note',
})
export class StageDisplayResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Sheets counted (審査員の人数)' })
  scorers: number;

  @ApiProperty({ type: 'string', example: '48.6', description: 'Mean total on the rubric’s full marks' })
  total: string;

  @ApiProperty({ type: 'string', example: '60', description: 'The rubric’s full marks (満点)' })
  fullMarks: string;

  @ApiProperty({ type: 'string', nullable: true, description: '100点換算, only when the call shows it' })
  onHundred: string | null;

  @ApiProperty({ type: () => CriterionDisplayResponse, isArray: true })
  criteria: CriterionDisplayResponse[];

  @ApiProperty({ type: 'boolean', description: 'Some item’s points differ from its mean: show them in a column' })
  pointsShown: boolean;

  @ApiProperty({
    type: 'boolean',
    description:
      'The displayed items do not add up to the displayed total: 「※端数処理の関係で合計が合わない場合があります。」',
  })
  roundingNote: boolean;
}
