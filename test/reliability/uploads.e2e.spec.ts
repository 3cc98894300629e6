import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import {
  ADMIN,
  ApiClient,
  createMunicipality,
  minimalPdf,
  must,
  type MunicipalityFixture,
  ROOT,
  type RunningSystem,
  startSystem,
  TEST_DB,
  waitFor,
  EXCEL_MACRO_MAIN,
  genuineDocx,
  genuinePdf,
  genuineXlsx,
  OFFICE,
  rawZip,
  textEntry,
  VBA_BIN,
  VBA_PROJECT,
  WORD_MACRO_MAIN,
  zerosEntry,
} from '@kyodo/testing';

/**
 * Issue 7, suite 8: attachments against the real API. The type is judged by
 * content; the size limit answers 413; hostile file names never reach the
 * file system (checked on disk) and come back sanitised; stored files are
 * reachable through the authorised download route only. Issue 15: Office
 * files are measured by what they really inflate to, macros are refused, and a
 * PDF must hold together as one (no HTML riding on it, nothing that runs).
 */

/** 1 MiB: room for a ZIP bomb that really inflates past the 256 MiB cap (about 300 KB of deflate). */
const MAX_BYTES = 1_048_576;
const token = randomBytes(8).toString('hex'); // in uploaded bytes only
const nameToken = randomBytes(8).toString('hex'); // in uploaded names only

const pdf = (note: string, size = 0) => minimalPdf(`${token} ${note}`, size);
const office = (part: string, extra: Record<string, Uint8Array> = {}) =>
  Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [part]: strToU8(`<x>${token}</x>`), ...extra }));
/** A real Office archive whose central directory declares entries of 2 GB each: a ZIP bomb by its own account. */
const zipBomb = () => {
  const zip = office('word/document.xml');
  for (let at = zip.indexOf('PK\x01\x02'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4))
    zip.writeUInt32LE(0x7fffffff, at + 24);
  return zip;
};

const REFUSED = 'attachment_rejected';
const EXPANDS_TOO_FAR = 'attachment_expands_too_far';
const MALFORMED = 'attachment_malformed';
const ACTIVE_CONTENT = 'attachment_active_content';
const MACROS = 'attachment_has_macros';
const WORD = `${OFFICE}.wordprocessingml.document`;
const EXCEL = `${OFFICE}.spreadsheetml.sheet`;
const CONTENT_TYPES = '[Content_Types].xml';
const TYPES_XML = '<Types/>';

/**
 * Type cases: the bytes, the declared type, the name, and what must be stored (a string: refused
 * with 422 and that problem code).
 */
type TypeCase = [string, Buffer, string, string, { contentType: string; filename: string } | string];
const TYPE_CASES: TypeCase[] = [
  [
    'a shell script named .pdf',
    Buffer.from(`#!/bin/sh\n# ${token}\nrm -rf /\n`),
    'application/pdf',
    'report.pdf',
    REFUSED,
  ],
  [
    'HTML with a script named .pdf',
    Buffer.from(`<html><script>alert('${token}')</script>`),
    'application/pdf',
    'page.pdf',
    REFUSED,
  ],
  [
    'an EXE declared as PDF',
    Buffer.from(`MZ\x90\x00\x03\x00PE\x00\x00${token}`),
    'application/pdf',
    'invoice.pdf',
    REFUSED,
  ],
  ['an ELF declared as PNG', Buffer.from(`\x7fELF\x02\x01\x01${token}`), 'image/png', 'photo.png', REFUSED],
  [
    'an SVG with a script declared as PNG',
    Buffer.from(`<svg onload="alert('${token}')"/>`),
    'image/png',
    'logo.png',
    REFUSED,
  ],
  [
    'a plain ZIP with an EXE declared as Word',
    Buffer.from(zipSync({ 'setup.exe': strToU8(`MZ${token}`) })),
    WORD,
    'letter.docx',
    REFUSED,
  ],
  [
    'a ZIP that only mentions Office part names in its stored text',
    Buffer.from(
      zipSync(
        {
          'readme.txt': strToU8(`[Content_Types].xml word/document.xml xl/workbook.xml ${token}`),
          'run.exe': strToU8('MZ'),
        },
        { level: 0 },
      ),
    ),
    WORD,
    'letter.docx',
    REFUSED,
  ],
  ['a ZIP bomb dressed as Word', zipBomb(), WORD, 'big.docx', EXPANDS_TOO_FAR],
  [
    'a Word file whose document inflates to 300 MiB but declares 10 bytes',
    rawZip([textEntry(CONTENT_TYPES, TYPES_XML), zerosEntry('word/document.xml', 300, 10)]),
    WORD,
    'lying-bomb.docx',
    EXPANDS_TOO_FAR,
  ],
  [
    'a Word file of 40 MiB of zeros, declared honestly: under the total cap, 1000 times its size',
    rawZip([textEntry(CONTENT_TYPES, TYPES_XML), zerosEntry('word/document.xml', 40)]),
    WORD,
    'high-ratio.docx',
    EXPANDS_TOO_FAR,
  ],
  [
    'a Word file whose stored (uncompressed) document is longer than it declares',
    rawZip([
      textEntry(CONTENT_TYPES, TYPES_XML, 0),
      textEntry('word/document.xml', `<x>${token}${'あ'.repeat(2000)}</x>`, 0, 10),
    ]),
    WORD,
    'stored-lie.docx',
    EXPANDS_TOO_FAR,
  ],
  [
    'an .xlsm with xl/vbaProject.bin (macro-enabled content type)',
    genuineXlsx(token, EXCEL_MACRO_MAIN + VBA_PROJECT('xl/vbaProject.bin'), { 'xl/vbaProject.bin': VBA_BIN }),
    'application/octet-stream',
    'budget.xlsm',
    MACROS,
  ],
  [
    'a .docm with word/vbaProject.bin (macro-enabled content type)',
    genuineDocx(token, WORD_MACRO_MAIN + VBA_PROJECT('word/vbaProject.bin'), { 'word/vbaProject.bin': VBA_BIN }),
    WORD,
    'plan.docm',
    MACROS,
  ],
  [
    'a .docx that carries word/vbaProject.bin under a plain Word content type',
    genuineDocx(token, undefined, { 'word/vbaProject.bin': VBA_BIN }),
    WORD,
    'plan.docx',
    MACROS,
  ],
  [
    'a PDF header with an HTML page and a script right after it, named .html',
    pdf(`<html><body><script>alert('${token}')</script></body></html>`),
    'application/pdf',
    'inline.html',
    ACTIVE_CONTENT,
  ],
  [
    'a PDF that runs JavaScript when opened',
    minimalPdf(token, 0, `/OpenAction << /S /JavaScript /JS (app.alert\\('${token}'\\)) >> `),
    'application/pdf',
    'open.pdf',
    ACTIVE_CONTENT,
  ],
  [
    'a PDF with no real structure (no cross-reference table, no startxref)',
    Buffer.from(`%PDF-1.4\n% ${token}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`),
    'application/pdf',
    'hollow.pdf',
    MALFORMED,
  ],
  [
    'Word',
    office('word/document.xml'),
    'application/octet-stream',
    'plan.docx',
    { contentType: `${OFFICE}.wordprocessingml.document`, filename: 'plan.docx' },
  ],
  [
    'Excel named .pdf',
    office('xl/workbook.xml'),
    'application/pdf',
    'budget.pdf',
    { contentType: `${OFFICE}.spreadsheetml.sheet`, filename: 'budget.xlsx' },
  ],
  [
    'a PDF/HTML polyglot named .html',
    Buffer.concat([pdf('polyglot'), Buffer.from(`<html><script>alert('${token}')</script></html>`)]),
    'application/pdf',
    'page.html',
    ACTIVE_CONTENT,
  ],
  [
    'a genuine Word document',
    genuineDocx(token),
    'application/octet-stream',
    '事業計画書.docx',
    { contentType: WORD, filename: '事業計画書.docx' },
  ],
  [
    'a genuine Excel workbook',
    genuineXlsx(token),
    EXCEL,
    '収支予算書.xlsx',
    { contentType: EXCEL, filename: '収支予算書.xlsx' },
  ],
  [
    'a JPEG with a ZIP and PHP appended, named .php',
    Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from(`<?php system($_GET['c']); // ${token} ?>`),
      zipSync({ 'x.php': strToU8('<?php') }),
    ]),
    'application/octet-stream',
    'shell.php',
    { contentType: 'image/jpeg', filename: 'shell.jpg' },
  ],
];

/** Hostile names; each must be stored as a plain display name ending in the detected extension (or, with NUL, refused). */
const NAMES = [
  `../../kyodo-${nameToken}-a.pdf`,
  `..\\..\\kyodo-${nameToken}-b.pdf`,
  `/tmp/kyodo-${nameToken}-c.pdf`,
  `/etc/kyodo-${nameToken}-d`,
  `C:\\Windows\\System32\\kyodo-${nameToken}-e.pdf`,
  `....//....//kyodo-${nameToken}-f.pdf`,
  `%2e%2e%2f%2e%2e%2fkyodo-${nameToken}-g.pdf`,
  `kyodo-${nameToken}-h\u0000/../../x.exe`,
  `kyodo-${nameToken}-i\u0000.exe`,
  `kyodo-${nameToken}-j\u202Efdp.exe`, // shows as "…exe.pdf" in a right-to-left override
  `kyodo-${nameToken}-k\u2066\u200B\u200F\u061C.pdf`,
  `kyodo-${nameToken}-l\r\nContent-Type: text/html\r\n\r\n<script>.pdf`,
  `kyodo-${nameToken}-m"; filename="evil.exe`,
  `.kyodo-${nameToken}-n`,
  `${'長'.repeat(240)}`,
  `${'a'.repeat(140)}${'😀'.repeat(30)}.pdf`,
  '..',
  '/',
  '\u0085\u2028\u2029',
];

const UNSAFE = /[\\/\p{Cc}\p{Cf}\p{Zl}\p{Zp}"]/u;

/** Every file under `root` changed since `since`, skipping what no upload could touch. */
function changedFiles(root: string, since: number, depth = 8): string[] {
  const found: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return found; // unreadable or gone
  }
  for (const entry of entries) {
    if (entry === 'node_modules' || entry === '.git') continue;
    const path = join(root, entry);
    try {
      const stat = statSync(path);
      if (stat.isDirectory() && depth > 0) found.push(...changedFiles(path, since, depth - 1));
      else if (stat.isFile() && stat.mtimeMs >= since) found.push(path);
    } catch {
      // vanished meanwhile
    }
  }
  return found;
}

/** A raw GET, so `..` and encoded separators reach the server exactly as written. */
function rawGet(baseUrl: string, path: string, headers: Record<string, string> = {}) {
  const url = new URL(baseUrl);
  return new Promise<{ status: number; type: string; body: Buffer }>((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * A raw upload that takes the server's early answer. A server refusing an oversize body answers and
 * closes before the client has sent it all, which fetch reports as a failed request; so the headers
 * go first and the body follows chunk by chunk only while no answer has come.
 */
function rawUpload(baseUrl: string, path: string, headers: Record<string, string>, chunks: Buffer[]) {
  const url = new URL(baseUrl);
  return new Promise<{ status: number; type: string; body: any }>((resolve, reject) => {
    let answered = false;
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'POST', headers }, (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString();
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: JSON.parse(text) });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(new Error(`${path}: ${error.message}`));
    });
    req.flushHeaders();
    void (async () => {
      for (const chunk of chunks) {
        // Time for an answer to the headers or the last chunk, generous on a busy machine.
        await waitFor(async () => answered || req.destroyed, 1000, 10).catch(() => undefined);
        if (answered || req.destroyed) return;
        await new Promise((written) => req.write(chunk, written));
      }
      if (!answered && !req.destroyed) req.end();
    })();
  });
}

describe(`attachment uploads on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let sandbox: string;
  let dataDir: string;
  let startedAt: number;
  let cases = 0;
  let escaped = 0;
  let refused = 0;
  let accepted = 0;
  const uploaded: Array<{ proposalId: string; id: string; sha256: string; bytes: Buffer }> = [];

  const newProposal = async (client: ApiClient, organizationId: string) =>
    (await must(client.post(`/api/v1/calls/${x.callId}/proposals`, { organizationId, title: '添付の安全性' })))
      .id as string;
  const upload = (proposalId: string, filename: string, body: Buffer, type = 'application/pdf') =>
    fetch(`${system.baseUrl}/api/v1/proposals/${proposalId}/attachments?filename=${encodeURIComponent(filename)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${x.proposerA.token}`, 'content-type': type },
      body: new Uint8Array(body),
    });
  const download = (client: ApiClient | null, proposalId: string, id: string) =>
    fetch(`${system.baseUrl}/api/v1/proposals/${proposalId}/attachments/${id}`, {
      headers: client ? { authorization: `Bearer ${client.token}` } : {},
    });
  async function expectProblem(response: Response, status: number, code?: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    if (code) expect((await response.json()).code).toBe(code);
  }

  beforeAll(async () => {
    // Deep inside a sandbox, so a name that climbs out of the data directory lands where the test looks.
    sandbox = mkdtempSync(join(tmpdir(), 'kyodo-uploads-'));
    dataDir = join(sandbox, 'one', 'two', 'three', 'data');
    mkdirSync(dataDir, { recursive: true });
    startedAt = Date.now() - 1000;
    system = await startSystem({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES), KYODO_DATA_DIR: dataDir });
    x = await createMunicipality(new ApiClient(system.baseUrl));
  }, 120_000);

  afterAll(async () => {
    console.log(`RELIABILITY uploads: cases=${cases} escaped=${escaped} refused=${refused} accepted=${accepted}`);
    await system?.stop();
    if (sandbox) rmSync(sandbox, { recursive: true, force: true });
  });

  it('judges the type by content, never by the name or the declared type', async () => {
    const proposalId = await newProposal(x.proposerA, x.groupAId);
    // The kind of PDF the project itself writes (pdfkit, several pages, an embedded font): still accepted.
    const report = await genuinePdf(token);
    const { getDocumentProxy } = await import('unpdf');
    expect((await getDocumentProxy(new Uint8Array(report))).numPages).toBe(3);
    const typeCases: TypeCase[] = [
      ...TYPE_CASES,
      [
        'a genuine three-page PDF made by pdfkit',
        report,
        'application/pdf',
        '事業計画書.pdf',
        { contentType: 'application/pdf', filename: '事業計画書.pdf' },
      ],
    ];
    // Every verdict first, compared at the end as one list: a wrong one shows beside all the others.
    const verdicts: Array<{ what: string; status: number; code?: string }> = [];
    const expectedVerdicts = typeCases.map(([what, , , , expected]) =>
      typeof expected === 'string' ? { what, status: 422, code: expected } : { what, status: 201 },
    );
    for (const [what, bytes, declared, name, expected] of typeCases) {
      const response = await upload(proposalId, name, bytes, declared);
      const body = await response.json();
      verdicts.push(
        response.status === 201 ? { what, status: 201 } : { what, status: response.status, code: body.code },
      );
      cases++;
      if (response.status !== 201) {
        refused++;
        // A reason a person can act on, in the caller's language, and a stable one for programs.
        expect(body.title).toMatch(/[ぁ-んァ-ン一-龯]/);
        expect(typeof body.reason).toBe('string');
      } else {
        accepted++;
        uploaded.push({ proposalId, id: body.id, sha256: body.sha256, bytes });
        if (typeof expected === 'string') continue; // wrongly stored: the verdicts below say so
        expect(body).toMatchObject(expected);
        // Served as what it is, as a download, never sniffed into HTML.
        const served = await download(x.proposerA, proposalId, body.id);
        expect(served.headers.get('content-type')).toBe(expected.contentType);
        expect(served.headers.get('content-disposition')).toMatch(/^attachment;/);
        expect(served.headers.get('x-content-type-options')).toBe('nosniff');
        expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
      }
    }
    expect(verdicts).toEqual(expectedVerdicts);
    // The problem names the rule and the part (the title is in the signed-in user's language, ja here).
    const [, bomb, bombType] = TYPE_CASES.find(([what]) => what.includes('declares 10 bytes'))!;
    const explained = await fetch(`${system.baseUrl}/api/v1/proposals/${proposalId}/attachments?filename=x.docx`, {
      method: 'POST',
      headers: { authorization: `Bearer ${x.proposerA.token}`, 'content-type': bombType },
      body: new Uint8Array(bomb),
    });
    expect(await explained.json()).toMatchObject({
      status: 422,
      code: EXPANDS_TOO_FAR,
      reason: 'beyond_declared_size',
      part: 'word/document.xml',
      title: expect.stringContaining('展開すると大きくなりすぎる'),
    });
    cases++;
    // A type with no parser at all is refused before any byte is read.
    await expectProblem(await upload(proposalId, 'x.html', pdf('html'), 'text/html'), 415);
    await expectProblem(await upload(proposalId, 'empty.pdf', Buffer.alloc(0)), 422, 'attachment_rejected');
    cases += 2;
  });

  it('answers 413 problem+json above ATTACHMENT_MAX_BYTES, with or without a Content-Length', async () => {
    const proposalId = await newProposal(x.proposerA, x.groupAId);
    const exactBytes = pdf('exact', MAX_BYTES);
    const exact = await upload(proposalId, 'exact.pdf', exactBytes);
    expect(exact.status).toBe(201);
    const meta = await exact.json();
    expect(meta.sizeBytes).toBe(MAX_BYTES);
    uploaded.push({ proposalId, id: meta.id, sha256: meta.sha256, bytes: exactBytes });
    const path = (name: string) => `/api/v1/proposals/${proposalId}/attachments?filename=${name}`;
    const headers = { authorization: `Bearer ${x.proposerA.token}`, 'content-type': 'application/pdf' };
    const over = pdf('over', MAX_BYTES + 1);
    const huge = pdf('huge', 5 * 1024 * 1024);
    const chunked = [pdf('chunked', 32 * 1024), ...Array.from({ length: 8 }, () => Buffer.alloc(128 * 1024, 0x20))];
    for (const [name, extra, chunks] of [
      ['over.pdf', { 'content-length': String(over.length) }, [over]],
      ['huge.pdf', { 'content-length': String(huge.length) }, [huge]],
      ['chunked.pdf', { 'transfer-encoding': 'chunked' }, chunked],
    ] as const) {
      const response = await rawUpload(system.baseUrl, path(name), { ...headers, ...extra }, [...chunks]);
      expect({ name, status: response.status, type: response.type, code: response.body?.code }).toEqual({
        name,
        status: 413,
        type: expect.stringContaining('application/problem+json'),
        code: 'payload_too_large',
      });
    }
    const list = await must(x.proposerA.get(`/api/v1/proposals/${proposalId}/attachments`));
    expect(list.map((a: { filename: string }) => a.filename)).toEqual(['exact.pdf']);
    cases += 4;
  });

  it('keeps hostile names off the file system and serves them back sanitised', async () => {
    const proposalId = await newProposal(x.proposerA, x.groupAId);
    const storedNames = new Map<string, string>();
    for (const [i, name] of NAMES.entries()) {
      const bytes = pdf(`name ${i}`);
      const response = await upload(proposalId, name, bytes);
      const body = await response.json();
      if (name.includes('\u0000')) {
        // NUL is refused in every query value and body string (PostgreSQL cannot hold it), a file name included.
        expect({ name, status: response.status, field: body.errors?.[0]?.field }).toEqual({
          name,
          status: 400,
          field: 'filename',
        });
        cases++;
        continue;
      }
      expect({ name, status: response.status }).toEqual({ name, status: 201 });
      const stored: string = body.filename;
      expect({ name, stored, unsafe: UNSAFE.test(stored) }).toEqual({ name, stored, unsafe: false });
      expect(!/\p{Cs}/u.test(stored) && !stored.startsWith('.') && stored.endsWith('.pdf')).toBe(true);
      expect([...stored].length).toBeLessThanOrEqual(154);
      uploaded.push({ proposalId, id: body.id, sha256: body.sha256, bytes });
      storedNames.set(body.id, stored);
      const served = await download(x.proposerA, proposalId, body.id);
      const disposition = served.headers.get('content-disposition') ?? '';
      // A quoted ASCII fallback without quotes or backslashes, and the RFC 8187 form of the stored name.
      expect(disposition).toMatch(
        /^attachment; filename="[\x20\x21\x23-\x5b\x5d-\x7e]*"; filename\*=UTF-8''[\w!#$&+\-.^`|~%]+$/,
      );
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(stored);
      expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
      cases++;
    }
    // What the list shows is what the upload answered (nothing changed on the way into the database).
    const listed = await must(x.proposerA.get(`/api/v1/proposals/${proposalId}/attachments`));
    expect(new Map(listed.map((a: { id: string; filename: string }) => [a.id, a.filename]))).toEqual(storedNames);
    // A name longer than the query allows is refused outright.
    const tooLong = await upload(proposalId, `${'a'.repeat(300)}.pdf`, pdf('long'));
    await expectProblem(tooLong, 400, 'validation_failed');
    cases++;
  });

  it('wrote nothing anywhere but into the database, which holds every upload under its checksum', async () => {
    // The embedded database keeps its files under the data directory: uploaded bytes are legitimately in those.
    const database = join(dataDir, 'pglite');
    // Under the sandbox and the worktree (the processes' working directory): any file holding uploaded bytes.
    for (const root of [sandbox, ROOT]) {
      for (const path of changedFiles(root, startedAt)) {
        if (!readFileSync(path).includes(token)) continue;
        const legit = !relative(database, path).startsWith('..');
        if (!legit) escaped++;
        expect({ path, legit }).toEqual({ path, legit: true });
      }
    }
    // Anywhere a name could point: nothing is named after an upload.
    for (const root of [sandbox, ROOT, tmpdir(), '/etc']) {
      const named = changedFiles(root, startedAt, 4).filter((p) => p.includes(nameToken));
      escaped += named.length;
      expect(named).toEqual([]);
    }
    for (const path of [
      `/tmp/kyodo-${nameToken}-c.pdf`,
      `/etc/kyodo-${nameToken}-d`,
      `/etc/kyodo-${nameToken}-d.pdf`,
    ]) {
      expect(existsSync(path)).toBe(false);
    }
    expect(existsSync(join(dataDir, 'attachments'))).toBe(false);
    // Every stored upload comes back from the database with the bytes its checksum names.
    for (const { proposalId, id, sha256 } of uploaded) {
      const response = await fetch(`${system.baseUrl}/api/v1/proposals/${proposalId}/attachments/${id}`, {
        headers: { authorization: `Bearer ${x.proposerA.token}` },
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      expect({ id, sha256: createHash('sha256').update(bytes).digest('hex') }).toEqual({ id, sha256 });
    }
  });

  it('serves stored files through the authorised download route only', async () => {
    const [first] = uploaded;
    const { proposalId, id, sha256 } = first!;
    const shard = `${sha256.slice(0, 2)}/${sha256}`;
    const paths = [
      `/attachments/${shard}`,
      `/data/attachments/${shard}`,
      `/${sha256}`,
      `/api/v1/attachments/${sha256}`,
      `/api/v1/proposals/${proposalId}/attachments/${sha256}`,
      `/api/docs/../attachments/${shard}`,
      `/api/docs/%2e%2e/%2e%2e/attachments/${shard}`,
      `/api/docs/..%2f..%2fattachments%2f${sha256.slice(0, 2)}%2f${sha256}`,
      `/api/docs/static/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..${dataDir}/attachments/${shard}`,
      `/${relative('/', dataDir)}/attachments/${shard}`,
      `/api/v1/proposals/${proposalId}/attachments/${id}/../../../../../attachments/${shard}`,
      // The routes that do serve files from disk: the API docs and the queue dashboard's assets.
      `/api/docs/swagger-ui.css/../../../../../../..${dataDir}/attachments/${shard}`,
      `/admin/queues/static/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f..${dataDir}/attachments/${shard}`,
      `/admin/queues/static/${'../'.repeat(12)}${relative('/', dataDir)}/attachments/${shard}`,
      // The web app's assets, served from disk too.
      `/assets/${'..%2f'.repeat(12)}${relative('/', dataDir)}/attachments/${shard}`,
      `/assets/..%2f..%2f..%2f..%2fattachments%2f${sha256.slice(0, 2)}%2f${sha256}`,
    ];
    const operator = await new ApiClient(system.baseUrl).login(ADMIN.email, ADMIN.password);
    // The control: the docs' file server is really there, so the climbs above reach a static handler.
    expect((await rawGet(system.baseUrl, '/api/docs/swagger-ui.css')).status).toBe(200);
    const page = (await rawGet(system.baseUrl, '/')).body.toString();
    const asset = /src="(\/assets\/[^"]+)"/.exec(page)?.[1];
    expect((await rawGet(system.baseUrl, asset ?? '/assets/missing')).status).toBe(200);
    // An unknown path outside the API answers the web app's page (deep links), which is not the file either.
    const isAppPage = (response: { type: string; body: Buffer }) =>
      response.type.startsWith('text/html') && response.body.includes('<div id="root">');
    for (const path of paths) {
      for (const client of [null, x.proposerA, operator]) {
        const headers: Record<string, string> = client ? { authorization: `Bearer ${client.token}` } : {};
        const response = await rawGet(system.baseUrl, path, headers);
        expect({
          path,
          notTheFile: response.status >= 400 || isAppPage(response),
          leaked: response.body.includes(token),
        }).toEqual({ path, notTheFile: true, leaked: false });
      }
      cases++;
    }
    // The route itself: a login, and one who may see the proposal.
    await expectProblem(await download(null, proposalId, id), 401, 'unauthenticated');
    await expectProblem(await download(x.proposerB, proposalId, id), 404);
    const otherProposal = await newProposal(x.proposerB, x.groupBId);
    await expectProblem(await download(x.proposerB, otherProposal, id), 404);
    expect((await download(x.proposerA, proposalId, id)).status).toBe(200);
    cases += 4;
  });
});
