import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** A text in both languages (a title, a name, a label): one schema wherever the API gives one. */

@ApiSchema({ name: 'LocalizedText', description: 'A text in Japanese and English' })
export class LocalizedTextResponse {
  @ApiProperty({ type: 'string' })
  ja: string;

  @ApiProperty({ type: 'string' })
  en: string;
}
