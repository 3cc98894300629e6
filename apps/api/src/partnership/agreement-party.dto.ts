import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OptionalText, RequiredText } from '../http/text-fields';

/**
 * A correction to one party of the 協定書: the organisation stays the proposal's (named by id), its name and contact
 * details as the document prints them may differ from its record (a new representative, a room number).
 */
export class AgreementPartyCorrectionDto {
  @ApiProperty({ type: 'string', format: 'uuid', description: 'One of the proposal’s partners (GET …/partners)' })
  @IsUUID()
  organizationId: string;

  @RequiredText(200, { description: '名称 as the 協定書 writes it' })
  name: string;

  @OptionalText(300, { description: '所在地' })
  address?: string;

  @OptionalText(200, { description: '代表者（役職・氏名）' })
  representative?: string;

  @OptionalText(30, { description: '電話番号' })
  phone?: string;

  @OptionalText(200, { description: 'メールアドレス' })
  email?: string;
}
