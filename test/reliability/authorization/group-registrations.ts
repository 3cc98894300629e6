import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minimalPdf, must } from '@kyodo/testing';
import type { World } from './world';

/** A group's registration as the public form sends it (団体登録). */
export const groupRegistrationBody = (email: string) => ({
  nameJa: '権限確認の会',
  nameKana: 'ケンゲンカクニンノカイ',
  postalCode: '210-0001',
  address: '川崎市川崎区本町1-1',
  representativeName: '川崎 花子',
  representativeTitle: '代表',
  contactName: '川崎 太郎',
  contactPhone: '044-000-0000',
  email,
  activityFields: ['health_welfare'],
  password: 'a-long-enough-password-1',
  locale: 'ja',
});

let counter = 0;

/** A fresh registration of X waiting for its 会則; answers its id. */
export async function registeredGroup(w: World): Promise<string> {
  const email = `registration-${Date.now()}-${counter++}@kyodo.test`;
  const path = `/api/v1/public/municipalities/${w.x.municipalityCode}/group-registrations`;
  return (await must(w.clients.anonymous.post(path, groupRegistrationBody(email)))).id as string;
}

/** The 会則 upload of a registration, as the matrix client sends it (a small ASCII PDF goes as a string). */
export const rulesUpload = (w: World, id: string) => ({
  method: 'PUT' as const,
  path: `/api/v1/public/municipalities/${w.x.municipalityCode}/group-registrations/${id}/rules?filename=kaisoku.pdf`,
  body: minimalPdf().toString('latin1'),
  headers: { 'content-type': 'application/pdf' },
});

/**
 * A registration of X with the secretariat (its address confirmed). The link's token is derived as the server does,
 * from the secret it keeps under its data directory: this suite runs without a mailbox.
 */
export async function submittedGroup(w: World): Promise<string> {
  const id = await registeredGroup(w);
  const upload = rulesUpload(w, id);
  const client = w.clients.anonymous;
  const sent = await client.request(upload.method, upload.path, upload.body, upload.headers);
  if (sent.status !== 204) throw new Error(`rules: ${sent.status}`);
  const secret = readFileSync(join(w.dataDir, 'secrets', 'jwt-secret'), 'utf8').trim();
  const token = createHmac('sha256', secret).update(`group-registration:${id}`).digest('base64url');
  await must(client.post('/api/v1/auth/group-registration/confirm', { token }));
  return id;
}

const shared = new WeakMap<World, Map<string, Promise<string>>>();
/** One submitted registration per purpose and world (a row that decides on one decides on its own). */
export function sharedSubmittedGroup(w: World, purpose: string): Promise<string> {
  if (!shared.has(w)) shared.set(w, new Map());
  const byPurpose = shared.get(w)!;
  if (!byPurpose.has(purpose)) byPurpose.set(purpose, submittedGroup(w));
  return byPurpose.get(purpose)!;
}
