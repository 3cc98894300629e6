// A real OpenID provider (oidc-provider) for the tests, run as a process of its own (the package is ESM-only).
// Its configuration comes as JSON in OIDC_TEST_PROVIDER: { port, clients: [...], accounts: { id: claims } }.
// Sign-in uses the package's development pages: any password, the login is the account's id. Consent is given
// on the first sign-in (loadExistingGrant), as a directory of one's own employer does.
import Provider from 'oidc-provider';

const settings = JSON.parse(process.env.OIDC_TEST_PROVIDER ?? '{}');
const issuer = `http://127.0.0.1:${settings.port}`;

const provider = new Provider(issuer, {
  clients: settings.clients,
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  scopes: ['openid', 'email', 'profile'],
  pkce: { required: () => true },
  cookies: { keys: ['kyodo-test-provider-cookie-key'] },
  async findAccount(_ctx, id) {
    const claims = settings.accounts[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
  async loadExistingGrant(ctx) {
    const existing = ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});
provider.on('server_error', (_ctx, error) => console.error('oidc-test-provider server_error', error));

provider.listen(settings.port, '127.0.0.1', () => console.log(`oidc-test-provider ready ${issuer}`));
