export { NotificationsModule, MAIL_TRANSPORT } from './notifications.module';
export { InboxService, type InboxItem } from './inbox.service';
export { DeliverNotification } from './deliver-notification';
export { deliveryIdentity } from './delivery-key';
export { noticeProcessor } from './notice-processor';
export { PreferencesService, CATEGORIES } from './preferences.service';
export type { DeliveryMode } from './preferences/delivery-mode';
export { DeadLettersService } from './dead-letters.service';
export { type DeadLetter } from './dead-letters/dead-letter.repository';
export { SendDigests } from './send-digests.use-case';
export { SendAccountLink } from './send-account-link.use-case';
export { SendGroupRegistrationMail } from './send-group-registration-mail.use-case';
export { renderMessage, TEMPLATES, REQUIRED_CATEGORIES, type MessageData, type Category } from './message-catalogue';
export {
  createMailTransport,
  FileMailTransport,
  SmtpMailTransport,
  type MailTransport,
  type OutgoingMail,
} from './mail-transport';
export { sessionIcs } from './calendar';
export { SendReminders } from './send-reminders.use-case';
// The pieces DeliverNotification is built from, for what builds it outside Nest (the benchmark).
export { EmailDeliveries, type EmailDelivery } from './email-deliveries';
export { NoticeEmailSender } from './notice-email-sender';
export { NotificationRepository, type Notice, type DigestItem } from './inbox/notification.repository';
export { NotificationPreferenceRepository } from './preferences/notification-preference.repository';
export { EmailDeliveryRepository } from './email-deliveries/email-delivery.repository';
export { DeadLetterRepository } from './dead-letters/dead-letter.repository';
export { RecipientsService } from './recipients/recipients.service';
export { MessageFactsService } from './message-facts/message-facts.service';
