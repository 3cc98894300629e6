import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@kyodo/config';
import { IdentityModule } from '@kyodo/identity';
import { ProposalsModule } from '@kyodo/proposals';
import { ReviewModule } from '@kyodo/review';
import { DeadLetterEntity } from './dead-letters/dead-letter.entity';
import { DeadLetterRepository } from './dead-letters/dead-letter.repository';
import { DeadLettersService } from './dead-letters.service';
import { DeliverNotification } from './deliver-notification';
import { EmailDeliveries } from './email-deliveries';
import { EmailDeliveryEntity } from './email-deliveries/email-delivery.entity';
import { EmailDeliveryRepository } from './email-deliveries/email-delivery.repository';
import { NotificationEntity } from './inbox/notification.entity';
import { NotificationRepository } from './inbox/notification.repository';
import { InboxService } from './inbox.service';
import { createMailTransport, MAIL_TRANSPORT } from './mail-transport';
import { MessageFactsService } from './message-facts/message-facts.service';
import { NoticeEmailSender } from './notice-email-sender';
import { NotificationPreferenceEntity } from './preferences/notification-preference.entity';
import { NotificationPreferenceRepository } from './preferences/notification-preference.repository';
import { PreferencesService } from './preferences.service';
import { RecipientsService } from './recipients/recipients.service';
import { SendAccountLink } from './send-account-link.use-case';
import { SendGroupRegistrationMail } from './send-group-registration-mail.use-case';
import { SendDigests } from './send-digests.use-case';
import { SendReminders } from './send-reminders.use-case';

export { MAIL_TRANSPORT } from './mail-transport';

@Module({
  // Who notices go to and what they say are asked of the libraries that own them (none of which imports this one).
  imports: [
    TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity, EmailDeliveryEntity, DeadLetterEntity]),
    IdentityModule,
    ProposalsModule,
    ReviewModule,
  ],
  providers: [
    // The one mail transport of the process: SMTP when SMTP_URL is set, else .eml files under KYODO_DATA_DIR.
    {
      provide: MAIL_TRANSPORT,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createMailTransport(config.SMTP_URL, config.KYODO_DATA_DIR, config.MAIL_FROM),
    },
    NotificationRepository,
    NotificationPreferenceRepository,
    EmailDeliveryRepository,
    DeadLetterRepository,
    RecipientsService,
    MessageFactsService,
    InboxService,
    PreferencesService,
    DeadLettersService,
    EmailDeliveries,
    NoticeEmailSender,
    DeliverNotification,
    SendDigests,
    SendAccountLink,
    SendGroupRegistrationMail,
    SendReminders,
  ],
  exports: [
    InboxService,
    PreferencesService,
    DeadLettersService,
    DeliverNotification,
    SendDigests,
    SendAccountLink,
    SendGroupRegistrationMail,
    SendReminders,
  ],
})
export class NotificationsModule {}
