/** What a group states when it registers itself (団体登録), as the public form sends it. */
export interface NewGroupRegistration {
  nameJa: string;
  /** フリガナ of the Japanese name. */
  nameKana: string;
  /** Optional: stored empty, shown as the Japanese name. */
  nameEn?: string;
  postalCode: string;
  address: string;
  /** The group's own telephone (may be empty: many groups have only the contact person's). */
  phone?: string;
  representativeName: string;
  representativeTitle: string;
  contactName: string;
  contactPhone: string;
  /** The contact person's address: confirmed by an e-mailed link, then the sign-in name of the group's account. */
  email: string;
  /** Keys of the municipality's activity fields (活動分野). */
  activityFields: string[];
  /** The password the account will have once approved (the password policy applies). */
  password: string;
  locale: 'ja' | 'en';
}

/** The 会則's cap: a scanned A4 document of some ten pages. */
export const RULES_MAX_BYTES = 5 * 1024 * 1024;
/** How long after registering the 会則 may follow (the form sends both at once). */
export const RULES_UPLOAD_MINUTES = 60;
/** How long the e-mailed link works. */
export const REGISTRATION_LINK_HOURS = 24;
/** Links one address may be sent an hour: enough for a lost e-mail, too few to flood a mailbox. */
export const REGISTRATION_MAILS_PER_HOUR = 3;
