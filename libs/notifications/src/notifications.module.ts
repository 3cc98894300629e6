import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@kyodo/config';
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
import { MessageFactsRepository } from './message-facts/message-facts.repository';
import { NoticeEmailSender } from './notice-email-sender';
import { NotificationPreferenceEntity } from './preferences/notification-preference.entity';
import { NotificationPreferenceRepository } from './preferences/notification-preference.repository';
import { PreferencesService } from './preferences.service';
import { RecipientsRepository } from './recipients/recipients.repository';
import { ReminderTargetsRepository } from './reminders/reminder-targets.repository';
import { SendDigests } from './send-digests.use-case';
import { SendReminders } from './send-reminders.use-case';

export { MAIL_TRANSPORT } from './mail-transport';

@Module({
  imports: [
    TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity, EmailDeliveryEntity, DeadLetterEntity]),
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
    RecipientsRepository,
    MessageFactsRepository,
    ReminderTargetsRepository,
    InboxService,
    PreferencesService,
    DeadLettersService,
    EmailDeliveries,
    NoticeEmailSender,
    DeliverNotification,
    SendDigests,
    SendReminders,
  ],
  exports: [InboxService, PreferencesService, DeadLettersService, DeliverNotification, SendDigests, SendReminders],
})
export class NotificationsModule {}
