export { NotificationsModule, MAIL_TRANSPORT } from './notifications.module';
export { InboxService, type InboxItem } from './inbox.service';
export { DeliverNotification } from './deliver-notification';
export { deliveryIdentity } from './delivery-key';
export { noticeProcessor } from './notice-processor';
export { PreferencesService, CATEGORIES, type DeliveryMode } from './preferences.service';
export { DeadLettersService } from './dead-letters.service';
export { SendDigests } from './send-digests.use-case';
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
