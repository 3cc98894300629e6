import { Inject, Injectable } from '@nestjs/common';
import { EmailSender } from './email-sender';
import { NotificationRepository } from './inbox/notification.repository';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';

/** Notice e-mails, recorded on their notice's own row (which DeliverNotification writes and claims). */
@Injectable()
export class NoticeEmailSender extends EmailSender {
  constructor(@Inject(MAIL_TRANSPORT) transport: MailTransport, notices: NotificationRepository) {
    super(transport, notices);
  }
}
