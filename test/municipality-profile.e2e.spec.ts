import {
  ApiClient,
  createMunicipality,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
} from '@kyodo/testing';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

const CONTACT = {
  departmentJa: '市民活動推進課 協働推進担当',
  departmentEn: '',
  phone: '0467-23-3000',
  email: 'kyodo@city.example.lg.jp',
  addressJa: '神奈川県鎌倉市御成町18-10',
  addressEn: '',
  hoursJa: '平日 8:30〜17:15',
  hoursEn: 'Weekdays 8:30–17:15',
};

describe(`municipality contact and emblem on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let anonymous: ApiClient;

  const putEmblem = (client: ApiClient, body: Buffer, type: string) =>
    fetch(`${system.baseUrl}/api/v1/municipality-settings/emblem`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${client.token}`, 'content-type': type },
      body: new Uint8Array(body),
    });

  beforeAll(async () => {
    system = await startSystem();
    anonymous = new ApiClient(system.baseUrl);
    x = await createMunicipality(anonymous);
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('shows nothing until the administrator sets the contact, then exactly what was set', async () => {
    const before = await must(anonymous.get(`/api/v1/public/municipalities/${x.municipalityCode}`));
    expect(before).toMatchObject({ code: x.municipalityCode, emblem: null });
    expect(before.contact.phone).toBe('');

    expect(await must(x.admin.request('PUT', '/api/v1/municipality-settings/contact', CONTACT))).toMatchObject({
      contact: CONTACT,
    });
    const after = await must(anonymous.get(`/api/v1/public/municipalities/${x.municipalityCode}`));
    expect(after.contact).toEqual(CONTACT);
    expect(Object.keys(after).sort()).toEqual(['code', 'contact', 'emblem', 'nameEn', 'nameJa']);
  });

  it('refuses bad contact input and everyone but the administrator, changing nothing', async () => {
    const bad = await x.admin.request('PUT', '/api/v1/municipality-settings/contact', {
      ...CONTACT,
      phone: '電話してね',
      email: 'not-an-address',
      addressJa: '一行目\n二行目',
    });
    expect(bad.status).toBe(400);
    const fields = (bad.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['addressJa', 'email', 'phone']);
    const forbidden = await x.secretariat.request('PUT', '/api/v1/municipality-settings/contact', {
      ...CONTACT,
      phone: '03-0000-0000',
    });
    expect(forbidden.status).toBe(403);
    expect((await must(anonymous.get(`/api/v1/public/municipalities/${x.municipalityCode}`))).contact).toEqual(CONTACT);
  });

  it('takes a PNG emblem, serves it to the public, and refuses SVG however it is sent', async () => {
    const stored = await putEmblem(x.admin, PNG, 'image/png');
    expect(stored.status).toBe(200);
    expect((await stored.json()).emblem).toMatchObject({ contentType: 'image/png', sizeBytes: PNG.length });
    const served = await fetch(`${system.baseUrl}/api/v1/public/municipalities/${x.municipalityCode}/emblem`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);

    const disguised = await putEmblem(x.admin, SVG, 'application/octet-stream');
    expect(disguised.status).toBe(422);
    expect(await disguised.json()).toMatchObject({ code: 'emblem_rejected', reason: 'type' });
    expect((await putEmblem(x.admin, SVG, 'image/svg+xml')).status).toBe(415);
    const tooBig = await putEmblem(x.admin, Buffer.concat([PNG, Buffer.alloc(300 * 1024)]), 'image/png');
    expect(tooBig.status).toBe(422);
    const still = await must(anonymous.get(`/api/v1/public/municipalities/${x.municipalityCode}`));
    expect(still.emblem).toMatchObject({ contentType: 'image/png', sizeBytes: PNG.length });
  });

  it('removes the emblem and answers 404 for an unknown municipality', async () => {
    expect((await must(x.admin.request('DELETE', '/api/v1/municipality-settings/emblem'))).emblem).toBeNull();
    const gone = await fetch(`${system.baseUrl}/api/v1/public/municipalities/${x.municipalityCode}/emblem`);
    expect(gone.status).toBe(404);
    expect((await anonymous.get('/api/v1/public/municipalities/no-such-town')).status).toBe(404);
  });
});
