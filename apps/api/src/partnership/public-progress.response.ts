import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { MILESTONE_STATUSES, PLAN_CHANGE_KINDS } from '@kyodo/partnership';
import { TargetInForceResponse } from './kpi-target.response';

@ApiSchema({ name: 'PublicKpiActual', description: 'A KPI: its target and the actual of the latest accepted report' })
export class PublicKpiActualResponse extends TargetInForceResponse {
  @ApiProperty({ type: 'string' }) name: string;
  @ApiProperty({ type: 'string' }) unit: string;
  @ApiProperty({ type: 'number' }) actual: number;
}

@ApiSchema({ name: 'PublicDayChange', description: 'A day before and after a plan change' })
export class PublicDayChangeResponse {
  @ApiProperty({ type: 'string', format: 'date' }) before: string;
  @ApiProperty({ type: 'string', format: 'date' }) after: string;
}

@ApiSchema({ name: 'PublicKpiTargetChange', description: 'A KPI’s target before and after a plan change' })
export class PublicKpiTargetChangeResponse {
  @ApiProperty({ type: 'string' }) name: string;
  @ApiProperty({ type: 'number' }) before: number;
  @ApiProperty({ type: 'number' }) after: number;
}

@ApiSchema({
  name: 'PublicPlanChange',
  description: 'An approved 計画変更: when, its kinds, the period and targets it changed',
})
export class PublicPlanChangeResponse {
  @ApiProperty({ type: 'string', format: 'date-time' }) approvedAt: string;
  @ApiProperty({ type: 'string', enum: PLAN_CHANGE_KINDS, isArray: true }) kinds: string[];
  @ApiProperty({ type: () => PublicDayChangeResponse, nullable: true }) termStart: PublicDayChangeResponse | null;
  @ApiProperty({ type: () => PublicDayChangeResponse, nullable: true }) termEnd: PublicDayChangeResponse | null;
  @ApiProperty({ type: () => PublicKpiTargetChangeResponse, isArray: true })
  kpiTargets: PublicKpiTargetChangeResponse[];
}

@ApiSchema({ name: 'PublicMilestone', description: 'A milestone of the project (工程)' })
export class PublicMilestoneResponse {
  @ApiProperty({ type: 'string' }) title: string;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) dueOn: string | null;
  @ApiProperty({ type: 'string', enum: MILESTONE_STATUSES }) status: string;
}

@ApiSchema({
  name: 'PublicProjectProgress',
  description: 'A disclosed project’s progress, from its latest progress report the secretariat accepted',
})
export class PublicProjectProgressResponse {
  @ApiProperty({ type: 'string', format: 'date', description: 'The last day the accepted report covers' })
  reportedThrough: string;
  @ApiProperty({ type: () => PublicKpiActualResponse, isArray: true }) kpis: PublicKpiActualResponse[];
  @ApiProperty({ type: () => PublicMilestoneResponse, isArray: true }) milestones: PublicMilestoneResponse[];
  @ApiProperty({
    type: () => PublicPlanChangeResponse,
    isArray: true,
    description: 'Approved plan changes, oldest first',
  })
  planChanges: PublicPlanChangeResponse[];
}
