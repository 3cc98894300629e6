export { NotificationsModule } from './notifications.module';
export { InboxService, type InboxItem } from './inbox.service';
export { DeliverProposalNotification } from './deliver-proposal-notification';
export { renderMessage } from './message-catalogue';
