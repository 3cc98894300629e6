/** How a person receives one category of notices: at once, in the daily digest, or not at all. */
export type DeliveryMode = 'immediate' | 'digest' | 'off';
