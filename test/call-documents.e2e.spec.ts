import { createHash } from 'node:crypto';
import {
  ApiClient,
  createMunicipality,
  EXCEL_MACRO_MAIN,
  genuineDocx,
  genuineXlsx,
  minimalPdf,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
  VBA_BIN,
} from '@kyodo/testing';

const PDF = minimalPdf();
const DOCX = genuineDocx('提案書様式');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);

describe(`call documents (募集要項, forms) on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;

  const upload = (client: ApiClient, callId: string, title: string, filename: string, body: Buffer) =>
    fetch(
      `${system.baseUrl}/api/v1/calls/${callId}/documents?title=${encodeURIComponent(title)}&filename=${encodeURIComponent(filename)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(body),
      },
    );
  const documentsOf = async (client: ApiClient, callId: string) =>
    (await must(client.get(`/api/v1/calls/${callId}/documents`))) as Array<{ id: string; title: string }>;
  const publicCall = async (callId: string) =>
    (await must(new ApiClient(system.baseUrl).get(`/api/v1/public/calls?municipality=${x.municipalityCode}`))).find(
      (c: { id: string }) => c.id === callId,
    );

  beforeAll(async () => {
    system = await startSystem({ ATTACHMENT_MAX_BYTES: '65536' });
    x = await createMunicipality(new ApiClient(system.baseUrl));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('stores the secretariat’s 募集要項 and forms, lists them to proposers and the public, and serves the bytes', async () => {
    const youkou = await upload(x.secretariat, x.callId, '募集要項', '令和8年度募集要項.pdf', PDF);
    expect(youkou.status).toBe(201);
    const meta = await youkou.json();
    expect(meta).toMatchObject({
      title: '募集要項',
      filename: '令和8年度募集要項.pdf',
      contentType: 'application/pdf',
    });
    expect(meta.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect((await upload(x.secretariat, x.callId, '提案書様式', 'form.docx', DOCX)).status).toBe(201);

    expect((await documentsOf(x.proposerA, x.callId)).map((d) => d.title)).toEqual(['募集要項', '提案書様式']);
    const listed = await publicCall(x.callId);
    expect(listed.documents.map((d: { title: string }) => d.title)).toEqual(['募集要項', '提案書様式']);
    expect(listed.documents[0]).not.toHaveProperty('uploadedBy');

    const download = await fetch(`${system.baseUrl}/api/v1/public/calls/${x.callId}/documents/${meta.id}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect(download.headers.get('content-disposition')).toContain('attachment');
  });

  it('keeps a call’s files from the public until the call is announced', async () => {
    const later = await must(
      x.secretariat.post('/api/v1/calls', {
        fiscalYear: 2027,
        titleJa: '令和9年度 協働事業提案制度',
        submissionOpensAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        submissionClosesAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      }),
    );
    const draft = await (await upload(x.secretariat, later.id, '募集要項（案）', 'draft.pdf', PDF)).json();
    expect((await documentsOf(x.proposerA, later.id)).map((d) => d.id)).toEqual([draft.id]);
    expect((await publicCall(later.id)).documents).toEqual([]);
    const anonymous = await fetch(`${system.baseUrl}/api/v1/public/calls/${later.id}/documents/${draft.id}`);
    expect(anonymous.status).toBe(404);
  });

  it('refuses images, macros, oversize files, empty titles and everyone but the secretariat, storing nothing', async () => {
    const before = (await documentsOf(x.secretariat, x.callId)).length;
    const image = await upload(x.secretariat, x.callId, '写真', 'photo.png', PNG);
    expect(image.status).toBe(422);
    expect(await image.json()).toMatchObject({ code: 'attachment_rejected', reason: 'type' });
    const macro = await upload(
      x.secretariat,
      x.callId,
      '収支予算書様式',
      'budget.xlsx',
      genuineXlsx('予算', EXCEL_MACRO_MAIN, { 'xl/vbaProject.bin': VBA_BIN }),
    );
    expect(macro.status).toBe(422);
    expect((await macro.json()).code).toBe('attachment_has_macros');
    const tooBig = await upload(
      x.secretariat,
      x.callId,
      '大きい',
      'big.pdf',
      Buffer.concat([PDF, Buffer.alloc(70_000)]),
    );
    expect([413, 422]).toContain(tooBig.status);
    const blank = await upload(x.secretariat, x.callId, '   ', 'x.pdf', PDF);
    expect(blank.status).toBe(400);
    expect((await upload(x.proposerA, x.callId, '募集要項', 'x.pdf', PDF)).status).toBe(403);
    const otherTown = await createMunicipality(new ApiClient(system.baseUrl));
    expect((await upload(otherTown.secretariat, x.callId, '募集要項', 'x.pdf', PDF)).status).toBe(404);
    expect((await documentsOf(x.secretariat, x.callId)).length).toBe(before);
  });

  it('takes a document off the call for the secretariat only', async () => {
    const form = await (await upload(x.secretariat, x.callId, '様式第2号', 'form2.docx', DOCX)).json();
    const path = `/api/v1/calls/${x.callId}/documents/${form.id}`;
    expect((await x.proposerA.request('DELETE', path)).status).toBe(403);
    expect((await x.secretariat.request('DELETE', path)).status).toBe(204);
    expect((await documentsOf(x.secretariat, x.callId)).map((d) => d.id)).not.toContain(form.id);
    expect((await x.secretariat.request('DELETE', path)).status).toBe(404);
  });
});
