import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { Timestamp } from '../openapi/answers';

@ApiSchema({ name: 'GroupRegistrationReceived' })
export class GroupRegistrationReceivedResponse {
  @ApiProperty({ type: 'string', format: 'uuid', description: 'Send the 会則 to …/group-registrations/{id}/rules' })
  id: string;
}

@ApiSchema({ name: 'PublicActivityField' })
export class PublicActivityFieldResponse {
  @ApiProperty({ type: 'string' })
  key: string;

  @ApiProperty({ type: 'string' })
  labelJa: string;

  @ApiProperty({ type: 'string' })
  labelEn: string;
}

@ApiSchema({ name: 'GroupRegistration' })
export class GroupRegistrationResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', enum: ['submitted', 'approved', 'returned', 'refused'] })
  status: string;

  @ApiProperty({ type: 'string' })
  nameJa: string;

  @ApiProperty({ type: 'string', description: 'フリガナ' })
  nameKana: string;

  @ApiProperty({ type: 'string', description: 'Empty when not given' })
  nameEn: string;

  @ApiProperty({ type: 'string' })
  postalCode: string;

  @ApiProperty({ type: 'string' })
  address: string;

  @ApiProperty({ type: 'string', description: 'Empty when not given' })
  phone: string;

  @ApiProperty({ type: 'string' })
  representativeName: string;

  @ApiProperty({ type: 'string' })
  representativeTitle: string;

  @ApiProperty({ type: 'string' })
  contactName: string;

  @ApiProperty({ type: 'string' })
  contactPhone: string;

  @ApiProperty({ type: 'string', description: 'The contact person’s confirmed address; the sign-in name' })
  email: string;

  @ApiProperty({ type: [String], description: 'Keys of the municipality’s activity fields' })
  activityFields: string[];

  @ApiProperty({ type: 'string', enum: ['ja', 'en'] })
  locale: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'The 会則’s file name' })
  rulesFilename: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  rulesSizeBytes: number | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'When the address was confirmed' })
  submittedAt: Timestamp | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  decidedAt: Timestamp | null;

  @ApiProperty({ type: 'string', description: 'The reasons given when returned or refused; empty otherwise' })
  decisionReasons: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'The group, once approved' })
  organizationId: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'The representative’s account' })
  userId: string | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;
}
