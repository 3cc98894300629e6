/** What an organisation states about how to reach it (all text; empty where not given). */
export interface OrganizationContact {
  postalCode: string;
  address: string;
  phone: string;
  email: string;
  representativeName: string;
  representativeTitle: string;
  contactPerson: string;
}

export const EMPTY_CONTACT: OrganizationContact = {
  postalCode: '',
  address: '',
  phone: '',
  email: '',
  representativeName: '',
  representativeTitle: '',
  contactPerson: '',
};
