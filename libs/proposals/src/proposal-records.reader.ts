import { Injectable } from '@nestjs/common';
import { UserRepository } from '@kyodo/identity';
import type { Actor } from '@kyodo/platform';
import { recordAuthors, recordsFor, type ProposalRecords } from './proposal-records';
import type { ProposalEntity } from './proposals/proposal.entity';

/**
 * The records of a proposal's lifecycle as the actor may read them, with their authors' names: in the answer of the
 * read of one proposal and of every change to it, so a page that shows the answer keeps showing them.
 */
@Injectable()
export class ProposalRecordsReader {
  constructor(private readonly users: UserRepository) {}

  async of(actor: Actor, row: ProposalEntity): Promise<ProposalRecords> {
    const authors = recordAuthors(row);
    const names = authors.length > 0 ? await this.users.displayNamesOf(authors) : new Map<string, string>();
    return recordsFor(actor, row, names);
  }
}
