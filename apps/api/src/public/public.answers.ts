import type { SchemaObject } from '../openapi/answers';
import { dateTime, nullable, pageOf, ref } from '../openapi/answers';
import { OPEN_DATA_SCHEMAS } from './open-data.answers';
import { PUBLICATION_SCHEMAS } from './publication.answers';

const text: SchemaObject = { type: 'string' };
const count: SchemaObject = { type: 'integer', minimum: 0 };
const origin: SchemaObject = { type: 'string', enum: ['group', 'department'] };

const packageOrNull = nullable(ref('PublicationPackage'));

/** What the public operations answer: unauthenticated reads of what is disclosed. */
export const PUBLIC_SCHEMAS: Record<string, SchemaObject> = {
  ...PUBLICATION_SCHEMAS,
  ...OPEN_DATA_SCHEMAS,
  PublicMunicipality: {
    type: 'object',
    required: ['code', 'nameJa', 'nameEn'],
    properties: {
      code: { type: 'string', description: 'What the other public reads take as `municipality`' },
      nameJa: text,
      nameEn: text,
    },
  },
  PublicCall: {
    type: 'object',
    description: 'A call (募集回) with its department themes',
    required: [
      'id',
      'fiscalYear',
      'titleJa',
      'titleEn',
      'descriptionJa',
      'descriptionEn',
      'eligibilityJa',
      'maxRequestedAmount',
      'submissionOpensAt',
      'submissionClosesAt',
      'publicationAt',
      'themes',
    ],
    properties: {
      id: { type: 'string', format: 'uuid' },
      fiscalYear: { type: 'integer' },
      titleJa: text,
      titleEn: text,
      descriptionJa: text,
      descriptionEn: text,
      eligibilityJa: { ...text, description: 'Who may propose (応募資格)' },
      maxRequestedAmount: { type: 'number', minimum: 0, nullable: true, description: 'Yen; null for no ceiling' },
      submissionOpensAt: dateTime,
      submissionClosesAt: dateTime,
      publicationAt: { ...dateTime, nullable: true, description: 'When results are to be published' },
      themes: {
        type: 'array',
        description: 'Department themes (市提案テーマ), oldest first',
        items: { type: 'object', required: ['titleJa', 'titleEn'], properties: { titleJa: text, titleEn: text } },
      },
    },
  },
  PublicProposalSummary: {
    type: 'object',
    description: 'A disclosed proposal in the list: its latest decision package, summarised',
    required: [
      'id',
      'receiptNumber',
      'title',
      'origin',
      'organization',
      'activityFields',
      'fiscalYear',
      'decision',
      'total',
      'version',
      'publishedAt',
    ],
    properties: {
      id: { type: 'string', format: 'uuid' },
      receiptNumber: { ...text, nullable: true, description: 'Receipt number (受付番号)' },
      title: text,
      origin,
      organization: { type: 'object', required: ['ja', 'en'], properties: { ja: text, en: text } },
      activityFields: { type: 'array', items: text, description: 'Keys of the municipality’s activity fields' },
      fiscalYear: { type: 'integer' },
      decision: {
        type: 'string',
        enum: ['adopted', 'adoptedWithConditions', 'notAdopted', null],
        nullable: true,
      },
      total: {
        type: 'number',
        minimum: 0,
        maximum: 100,
        nullable: true,
        description: 'The presentation total on 100, else the document total; null if neither was scored',
      },
      version: { type: 'integer', minimum: 1, description: 'Version of the decision package' },
      publishedAt: dateTime,
    },
  },
  PublicProposalPage: pageOf(ref('PublicProposalSummary')),
  PublicProposal: {
    type: 'object',
    description:
      'A disclosed proposal: the latest package of each kind, every version published, the states it went through',
    required: ['decision', 'assessment', 'versions', 'statusHistory'],
    properties: {
      decision: { ...packageOrNull, description: 'The latest decision package (審査結果); null before one' },
      assessment: { ...packageOrNull, description: 'The latest assessment package (事業評価); null before one' },
      versions: {
        type: 'array',
        description: 'By kind, then version',
        items: {
          type: 'object',
          required: ['kind', 'version', 'publishedAt', 'correctionReason'],
          properties: {
            kind: { type: 'string', enum: ['decision', 'assessment'] },
            version: { type: 'integer', minimum: 1 },
            publishedAt: dateTime,
            correctionReason: { ...text, nullable: true, description: 'Why it was corrected; null for the first' },
          },
        },
      },
      statusHistory: {
        type: 'array',
        description: 'Each change of state, oldest first',
        items: {
          type: 'object',
          required: ['state', 'at'],
          properties: { state: { ...text, description: 'e.g. `submitted.screening`' }, at: dateTime },
        },
      },
    },
  },
  PublicStatistics: {
    type: 'object',
    required: ['byYearAndOrigin', 'byActivityField'],
    properties: {
      byYearAndOrigin: {
        type: 'array',
        description: 'Newest year first',
        items: {
          type: 'object',
          required: ['fiscalYear', 'origin', 'disclosed', 'adopted', 'implemented', 'implementationRate'],
          properties: {
            fiscalYear: { type: 'integer' },
            origin,
            disclosed: count,
            adopted: { ...count, description: 'Adopted, with or without conditions' },
            implemented: { ...count, description: 'Reached agreement or later (協定締結以降)' },
            implementationRate: {
              type: 'number',
              minimum: 0,
              nullable: true,
              description: 'implemented / adopted in percent, one decimal; null when none was adopted',
            },
          },
        },
      },
      byActivityField: {
        type: 'array',
        description: 'Every activity field of the municipality, in its order',
        items: {
          type: 'object',
          required: ['key', 'labelJa', 'labelEn', 'disclosed'],
          properties: { key: text, labelJa: text, labelEn: text, disclosed: count },
        },
      },
    },
  },
};
