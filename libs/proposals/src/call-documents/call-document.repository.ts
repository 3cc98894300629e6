import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CallDocumentEntity } from './call-document.entity';

/** The call_documents table: a call's 募集要項 and forms (the bytes live in the AttachmentStore). */
@Injectable()
export class CallDocumentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  countFor(callId: string): Promise<number> {
    return this.db.getRepository(CallDocumentEntity).countBy({ callId });
  }

  async insert(manager: EntityManager, row: CallDocumentEntity): Promise<void> {
    await manager.insert(CallDocumentEntity, row);
  }

  /** True when the row was there to delete. */
  async delete(manager: EntityManager, callId: string, documentId: string): Promise<boolean> {
    const result = await manager.delete(CallDocumentEntity, { id: documentId, callId });
    return (result.affected ?? 0) > 0;
  }

  listFor(callId: string): Promise<CallDocumentEntity[]> {
    return this.db
      .getRepository(CallDocumentEntity)
      .find({ where: { callId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }

  findOne(callId: string, documentId: string): Promise<CallDocumentEntity | null> {
    return this.db.getRepository(CallDocumentEntity).findOneBy({ id: documentId, callId });
  }
}
