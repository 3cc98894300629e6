import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '@kyodo/audit';
import { Clock, ValidationFailedError } from '@kyodo/platform';
import { Outbox } from '@kyodo/queues';
import { LinkTokens } from '../account/link-tokens';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { ActivityFieldRepository } from '../municipalities/activity-field.repository';
import { MunicipalityRepository } from '../municipalities/municipality.repository';
import { PasswordHasher } from '../password-hasher';
import { passwordPolicyViolations } from '../password-policy';
import { UserRepository } from '../users/user.repository';
import { GroupRegistrationRepository } from './group-registration.repository';
import {
  type NewGroupRegistration,
  REGISTRATION_LINK_HOURS,
  REGISTRATION_MAILS_PER_HOUR,
  RULES_MAX_BYTES,
  RULES_UPLOAD_MINUTES,
} from './new-group-registration';

/**
 * 団体登録, the group's side: it registers (the details and the password of its future account), sends its 会則,
 * and confirms its address by the e-mailed link; then the secretariat reviews it (GroupRegistrationReviewService).
 * No answer tells whether an address already has an account: such an address gets a notice instead of the link, and
 * the registration goes no further. Nothing here signs anyone in, so an anonymous caller acts and is audited as such.
 */
@Injectable()
export class GroupRegistrationIntakeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registrations: GroupRegistrationRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly activityFields: ActivityFieldRepository,
    private readonly users: UserRepository,
    private readonly links: LinkTokens,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** The municipality's activity fields (活動分野), for the form. */
  async activityFieldsOf(code: string): Promise<Array<{ key: string; labelJa: string; labelEn: string }>> {
    const fields = await this.activityFields.listFor(await this.municipalityOf(code));
    return fields.map((f) => ({ key: f.key, labelJa: f.labelJa, labelEn: f.labelEn }));
  }

  /** Records the registration, waiting for its 会則; answers its id, for sending the 会則. */
  async register(code: string, input: NewGroupRegistration, requestId: string): Promise<{ id: string }> {
    const municipalityId = await this.municipalityOf(code);
    const email = input.email.trim().toLowerCase();
    const known = new Set((await this.activityFields.listFor(municipalityId)).map((f) => f.key));
    const unknown = input.activityFields.filter((key) => !known.has(key));
    if (unknown.length > 0) {
      throw new ValidationFailedError([
        { field: 'activityFields', messages: [`not activity fields of this municipality: ${unknown.join(', ')}`] },
      ]);
    }
    const violations = passwordPolicyViolations(input.password, email);
    if (violations.length > 0) {
      throw new ValidationFailedError([{ field: 'password', messages: violations.map((v) => v.text[input.locale]) }]);
    }
    const id = randomUUID();
    const row = {
      id,
      municipalityId,
      status: 'email_unconfirmed' as const,
      nameJa: input.nameJa.trim(),
      nameKana: input.nameKana.trim(),
      nameEn: (input.nameEn ?? '').trim(),
      postalCode: input.postalCode.trim(),
      address: input.address.trim(),
      phone: (input.phone ?? '').trim(),
      representativeName: input.representativeName.trim(),
      representativeTitle: input.representativeTitle.trim(),
      contactName: input.contactName.trim(),
      contactPhone: input.contactPhone.trim(),
      email,
      activityFields: [...new Set(input.activityFields)],
      passwordHash: await PasswordHasher.hash(input.password),
      locale: input.locale,
      rulesFilename: null,
      rulesSizeBytes: null,
      rulesSha256: null,
      rulesData: null,
      rulesReceivedAt: null,
      tokenHash: null,
      linkExpiresAt: null,
      submittedAt: null,
      decidedAt: null,
      decidedBy: null,
      decisionReasons: '',
      organizationId: null,
      userId: null,
    };
    await this.db.transaction(async (m) => {
      await this.registrations.insert(m, row);
      // Who the group is, not how to reach its people: the audit trail keeps no contact data.
      await this.record(m, municipalityId, 'group_registration.registered', { id, nameJa: row.nameJa }, requestId);
    });
    return { id };
  }

  /**
   * Stores the 会則 (a PDF, checked by content by the caller) and e-mails the link — or, to an address that already
   * has an account, a notice. Once per registration, within RULES_UPLOAD_MINUTES of registering.
   */
  async attachRules(code: string, id: string, filename: string, data: Buffer, requestId: string): Promise<void> {
    const municipalityId = await this.municipalityOf(code);
    if (data.length === 0 || data.length > RULES_MAX_BYTES) {
      throw new IdentityError(IdentityErrorCode.RulesRejected, { reason: 'size', maxBytes: RULES_MAX_BYTES });
    }
    const now = this.clock.now();
    // Read before the transaction: with a pool of one (PGlite) nothing may wait for a second connection inside it.
    const email = (await this.registrations.findById(id))?.email;
    const existing = email !== undefined && (await this.users.findByEmail(email)) !== null;
    await this.db.transaction(async (m) => {
      const row = await this.registrations.lockById(m, id);
      const open =
        row &&
        row.municipalityId === municipalityId &&
        row.status === 'email_unconfirmed' &&
        !row.rulesReceivedAt &&
        row.createdAt.getTime() + RULES_UPLOAD_MINUTES * 60_000 > now.getTime();
      if (!row || !open || row.email !== email) throw new IdentityError(IdentityErrorCode.UnknownGroupRegistration);
      const recent = await this.registrations.countMailedSince(m, row.email, new Date(now.getTime() - 3_600_000), id);
      await this.registrations.update(m, id, {
        rulesFilename: filename,
        rulesSizeBytes: data.length,
        rulesSha256: createHash('sha256').update(data).digest('hex'),
        rulesData: data,
        rulesReceivedAt: now,
        // An address with an account gets no link: its registration can never be confirmed.
        tokenHash: existing ? null : this.links.hashOf(this.links.tokenFor('group-registration', id)),
        linkExpiresAt: existing ? null : new Date(now.getTime() + REGISTRATION_LINK_HOURS * 3_600_000),
      });
      await this.record(
        m,
        municipalityId,
        'group_registration.rules_received',
        { id, sizeBytes: data.length },
        requestId,
      );
      if (recent < REGISTRATION_MAILS_PER_HOUR) {
        await this.outbox.enqueue(m, {
          name: 'account.group-registration',
          municipalityId,
          payload: { registrationId: id, mail: existing ? 'existing-account' : 'confirm' },
          effectKey: `group-registration:${id}:received`,
        });
      }
    });
  }

  /** Confirms the address with the link's token: the registration goes to the secretariat. The link works once. */
  async confirm(token: string, requestId: string): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async (m) => {
      const row = await this.registrations.lockByTokenHash(m, this.links.hashOf(token));
      if (!row || row.status !== 'email_unconfirmed' || !row.linkExpiresAt || row.linkExpiresAt <= now) {
        throw new IdentityError(IdentityErrorCode.InvalidRegistrationLink);
      }
      await this.registrations.update(m, row.id, { status: 'submitted', submittedAt: now, tokenHash: null });
      await this.record(m, row.municipalityId, 'group_registration.email_confirmed', { id: row.id }, requestId);
    });
  }

  private async municipalityOf(code: string): Promise<string> {
    const id = await this.municipalities.idByCode(code);
    if (!id) throw new IdentityError(IdentityErrorCode.UnknownMunicipality);
    return id;
  }

  private async record(
    manager: EntityManager,
    municipalityId: string,
    action: string,
    after: unknown,
    requestId: string,
  ): Promise<void> {
    await this.audit.append(manager, {
      municipalityId,
      stream: `municipality:${municipalityId}`,
      action,
      actorId: null,
      actorRole: null,
      requestId,
      after,
      at: this.clock.now(),
    });
  }
}
