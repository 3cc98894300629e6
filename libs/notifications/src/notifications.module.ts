import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kyodo/config';
import { DeadLettersService } from './dead-letters.service';
import { DeliverNotification } from './deliver-notification';
import { InboxService } from './inbox.service';
import { createMailTransport, type MailTransport } from './mail-transport';
import { PreferencesService } from './preferences.service';
import { SendDigests } from './send-digests.use-case';
import { SendReminders } from './send-reminders.use-case';

export const MAIL_TRANSPORT = Symbol('MailTransport');

@Module({
  providers: [
    { provide: InboxService, inject: [DataSource], useFactory: (ds: DataSource) => new InboxService(ds) },
    { provide: PreferencesService, inject: [DataSource], useFactory: (ds: DataSource) => new PreferencesService(ds) },
    { provide: DeadLettersService, inject: [DataSource], useFactory: (ds: DataSource) => new DeadLettersService(ds) },
    {
      provide: MAIL_TRANSPORT,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createMailTransport(config.SMTP_URL, config.KYODO_DATA_DIR, config.MAIL_FROM),
    },
    {
      provide: DeliverNotification,
      inject: [DataSource, MAIL_TRANSPORT, AppConfig],
      useFactory: (ds: DataSource, mail: MailTransport, config: AppConfig) =>
        new DeliverNotification(ds, mail, config.PUBLIC_BASE_URL, { leaseSeconds: config.EMAIL_SEND_LEASE_SECONDS }),
    },
    {
      provide: SendDigests,
      inject: [DataSource, DeliverNotification],
      useFactory: (ds: DataSource, deliver: DeliverNotification) => new SendDigests(ds, deliver),
    },
    {
      provide: SendReminders,
      inject: [DataSource, DeliverNotification],
      useFactory: (ds: DataSource, deliver: DeliverNotification) => new SendReminders(ds, deliver),
    },
  ],
  exports: [InboxService, PreferencesService, DeadLettersService, DeliverNotification, SendDigests, SendReminders],
})
export class NotificationsModule {}
