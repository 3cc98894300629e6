import { Controller, Get, Inject, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OPEN_DATA_JSON_SCHEMA, type OpenDataScope, PublicService } from '@kyodo/disclosure';
import { NotFoundError } from '@kyodo/platform';
import { Public } from '../auth/public.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { binary, cacheable, type Json, CsvOptionsQueryDto, NotModified } from './public-reads';
import { OpenDataJsonSchemaResponse, OpenDataResponse } from './open-data.response';
import {
  PublicCallResponse,
  PublicMunicipalityResponse,
  PublicProposalPageResponse,
  PublicProposalResponse,
  PublicStatisticsResponse,
} from './public.response';
import { PublicationVersionResponse } from './publication.response';
import { Optional } from '../http/optional';

/** An activity field's key, as PUT /activity-fields takes it. */
const ACTIVITY_FIELD_KEY = /^[a-z][a-z0-9_]{0,49}$/;
/** A municipality's code, as POST /municipalities takes it. */
const MUNICIPALITY_CODE = /^[a-z0-9-]{2,32}$/;
/** PostgreSQL's text refuses NUL (a 500 from the database); no search term needs one. */
// oxlint-disable-next-line no-control-regex -- a NUL is exactly what it refuses
const NO_NUL = /^[^\u0000]*$/;

class MunicipalityDto {
  @ApiProperty({ example: 'demo-kagayaki', description: 'the municipality’s code', pattern: MUNICIPALITY_CODE.source })
  @Matches(MUNICIPALITY_CODE)
  municipality: string;
}

class PublicProposalsQueryDto extends PageQueryDto {
  @ApiProperty({ example: 'demo-kagayaki', pattern: MUNICIPALITY_CODE.source })
  @Matches(MUNICIPALITY_CODE)
  municipality: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 2000, maximum: 2100 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;
  @ApiPropertyOptional({ enum: ['group', 'department'] }) @Optional() @IsIn(['group', 'department']) origin?:
    'group' | 'department';
  @ApiPropertyOptional({ enum: ['theme', 'free'], description: 'テーマ設定型 or 自由提案型' })
  @Optional()
  @IsIn(['theme', 'free'])
  proposalType?: 'theme' | 'free';
  @ApiPropertyOptional({
    enum: ['adopted', 'adoptedWithConditions', 'notAdopted', 'provisional'],
    description: '`provisional`: 採択内定, pending the budget; the other values leave 内定 out',
  })
  @Optional()
  @IsIn(['adopted', 'adoptedWithConditions', 'notAdopted', 'provisional'])
  decision?: string;
  @ApiPropertyOptional({ example: 'child_development', pattern: ACTIVITY_FIELD_KEY.source })
  @Optional()
  @Matches(ACTIVITY_FIELD_KEY)
  field?: string;
  @ApiPropertyOptional({
    example: '食堂',
    description: 'search in title and summary (Japanese works)',
    maxLength: 100,
    pattern: NO_NUL.source,
  })
  @Optional()
  @IsString()
  @MaxLength(100)
  @Matches(NO_NUL, { message: 'q must not contain a NUL character' })
  q?: string;
}

class OpenDataQueryDto extends CsvOptionsQueryDto {
  @ApiPropertyOptional({
    example: 'demo-kagayaki',
    description: 'for all.{csv,json,zip} and funnel.{csv,json,zip}: the municipality',
    pattern: MUNICIPALITY_CODE.source,
  })
  @Optional()
  @Matches(MUNICIPALITY_CODE)
  municipality?: string;
}

/** Unauthenticated reads of what is disclosed. Never personal data, never a reviewer beside a score. */
@ApiTags('public')
@ApiExtraModels(OpenDataResponse)
@Public()
@Controller('api/v1/public')
export class PublicController {
  constructor(@Inject(PublicService) private readonly service: PublicService) {}

  @Get('municipalities')
  @ApiOperation({
    summary: 'The municipalities this deployment hosts (code, names): the code the other public reads take',
  })
  @Answer(200, 'The municipalities, by Japanese name', [PublicMunicipalityResponse])
  @NotModified()
  async municipalities(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Json<PublicMunicipalityResponse[]> | undefined> {
    return cacheable<PublicMunicipalityResponse[]>(req, reply, await this.service.municipalities());
  }

  @Get('calls')
  @ApiOperation({ summary: 'Calls of a municipality with their themes' })
  @Answer(200, 'The calls, newest fiscal year first', [PublicCallResponse])
  @NotModified()
  async calls(
    @Query() query: MunicipalityDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Json<PublicCallResponse[]> | undefined> {
    return cacheable<PublicCallResponse[]>(req, reply, await this.service.calls(query.municipality));
  }

  @Get('proposals')
  @ApiOperation({ summary: 'Disclosed proposals, filtered by year, origin, decision, activity field, or text' })
  @Answer(200, 'A page of disclosed proposals', PublicProposalPageResponse)
  @NotModified()
  async proposals(
    @Query() query: PublicProposalsQueryDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Json<PublicProposalPageResponse> | undefined> {
    return cacheable<PublicProposalPageResponse>(
      req,
      reply,
      await this.service.proposals({ ...query, limit: query.limit ?? 20 }),
    );
  }

  @Get('proposals/:id')
  @ApiOperation({ summary: 'A disclosed proposal: latest decision and assessment packages, versions, status history' })
  @Answer(200, 'The disclosed proposal', PublicProposalResponse)
  @NotModified()
  async proposal(
    @Param('id', uuidPipe) id: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Json<PublicProposalResponse> | undefined> {
    const proposal = await this.service.proposal(id);
    // Its packages are read back as the JSON BuildPublication stored (libs/disclosure): PublicationPackage's shape.
    return cacheable<PublicProposalResponse>(req, reply, proposal as PublicProposalResponse);
  }

  @Get('proposals/:id/:kind/versions/:version')
  @ApiOperation({ summary: 'An earlier version of a publication (corrections keep the old ones readable)' })
  @Answer(200, 'That version of the package', PublicationVersionResponse)
  version(
    @Param('id', uuidPipe) id: string,
    @Param('kind') kind: string,
    @Param('version') version: string,
  ): Promise<PublicationVersionResponse> {
    if (!['decision', 'assessment'].includes(kind) || !/^\d{1,5}$/.test(version)) {
      throw new NotFoundError({ ja: '公開の版', en: 'That published version' });
    }
    // The stored package is JSON the library keeps as written; its shape is the publication's, documented here.
    return this.service.version(id, kind, Number(version)) as Promise<unknown> as Promise<PublicationVersionResponse>;
  }

  @Get('statistics')
  @ApiOperation({
    summary:
      'The funnel of received proposals (screened out, withdrawn, in review, not adopted, adopted, implemented) with adoption and implementation rates over the proposals received, by year, type, proposer, department and field',
  })
  @Answer(200, 'The statistics', PublicStatisticsResponse)
  @NotModified()
  async statistics(
    @Query() query: MunicipalityDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Json<PublicStatisticsResponse> | undefined> {
    return cacheable<PublicStatisticsResponse>(req, reply, await this.service.statistics(query.municipality));
  }

  @Get('open-data/schema.json')
  @ApiOperation({ summary: 'JSON Schema of the open-data JSON' })
  @Answer(200, 'The JSON Schema (draft 2020-12)', OpenDataJsonSchemaResponse)
  schema(): OpenDataJsonSchemaResponse {
    return OPEN_DATA_JSON_SCHEMA;
  }

  @Get('open-data/:file')
  @ApiOperation({
    summary:
      'Open data: {callId}.csv (RFC 4180, UTF-8 with an optional BOM or Shift_JIS), .json or .zip (CSV in both encodings + JSON + schema + README); all.{csv,json,zip}?municipality= for every call (its ZIP with the funnel); funnel.{csv,json,zip}?municipality= for the statistics’ counts',
  })
  // One 200 in three media types, by the file's extension: the JSON one is a body to hold to its schema.
  @ApiProduces('text/csv', 'application/json', 'application/zip')
  @ApiResponse({
    status: 200,
    description: 'The file, as an attachment: CSV (header row, CRLF), JSON ({ columns, records }) or ZIP',
    content: {
      'text/csv': binary,
      'application/json': { schema: { $ref: getSchemaPath(OpenDataResponse) } },
      'application/zip': binary,
    },
  })
  @NotModified()
  async openData(
    @Param('file') file: string,
    @Query() query: OpenDataQueryDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const match = /^([0-9a-f-]{36}|all|funnel)\.(csv|json|zip)$/i.exec(file);
    const name = match?.[1]?.toLowerCase();
    if (!match || ((name === 'all' || name === 'funnel') && !query.municipality)) {
      throw new NotFoundError({ ja: 'オープンデータ', en: 'The open-data file' });
    }
    const scope: OpenDataScope =
      name === 'all'
        ? { municipality: query.municipality! }
        : name === 'funnel'
          ? { funnel: query.municipality! }
          : { callId: name! };
    const { body, contentType, replacedCharacters } = await this.service.openData(
      scope,
      match[2]!.toLowerCase() as 'csv' | 'json' | 'zip',
      { bom: query.bom ?? false, encoding: query.encoding ?? 'utf-8' },
    );
    // A Shift_JIS file says how many characters it could not carry (the ZIP's README says it per file).
    if (replacedCharacters !== undefined) void reply.header('x-replaced-characters', String(replacedCharacters));
    // The name a person finds again in their downloads; the address keeps the call's id.
    const stem = (await this.service.openDataFileStem(scope)) ?? match[1]!;
    void reply
      .header('content-type', contentType)
      .header('content-disposition', `attachment; filename="${stem}.${match[2]!.toLowerCase()}"`);
    const answer = cacheable(req, reply, body);
    // Binary (the ZIP) goes out as a file, not as JSON.
    return Buffer.isBuffer(answer) ? new StreamableFile(answer, { type: contentType }) : answer;
  }
}
