import { ApiProperty } from '@nestjs/swagger';

/** A KPI's target as it stands, beside the proposal's own: the members every KPI answer shares. */
export abstract class TargetInForceResponse {
  @ApiProperty({ type: 'number', description: 'The target in force: an approved plan change’s, else the proposal’s' })
  target: number;
  @ApiProperty({ type: 'number', description: 'The proposal’s own target' }) plannedTarget: number;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'When the plan change that set the target in force was approved; null while the proposal’s stands',
  })
  targetChangedAt: string | null;
}
