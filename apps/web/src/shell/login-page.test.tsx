import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { LoginPage } from './login-page';

// A plain function rather than vi.fn() for login: with a spy answering a rejection, Vitest failed the test with
// that rejection although the page catches it.
const signIn = vi.hoisted(() => ({
  calls: [] as Array<[string, string]>,
  answer: (): Promise<unknown> => Promise.resolve({ roles: [] }),
}));
vi.mock('../auth/session', () => ({
  useSession: () => ({
    status: 'signedOut',
    me: null,
    login: (email: string, password: string) => {
      signIn.calls.push([email, password]);
      return signIn.answer();
    },
  }),
  homeFor: () => '/workspace',
}));
// The single sign-on buttons read the API; this page's own form is what is tested here.
vi.mock('./sso-options', () => ({ SsoOptions: () => null }));

/** The page in Japanese (no locale provider: the default), with a page to land on after signing in. */
function renderLogin(path = '/login') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/workspace" element={<p>workspace</p>} />
        <Route path="/review" element={<p>review</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

const submit = () => act(async () => void fireEvent.click(screen.getByRole('button', { name: 'ログインする' })));

describe('LoginPage', () => {
  beforeEach(() => {
    signIn.calls = [];
  });

  it('says beside each empty field, and in the summary, what is missing', async () => {
    renderLogin();
    await submit();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('メールアドレスを入力してください');
    expect(summary.textContent).toContain('パスワードを入力してください');
    const email = screen.getByLabelText(/メールアドレス/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('login-email-error')?.textContent).toContain('メールアドレスを入力してください');
    expect(document.getElementById('login-password-error')?.textContent).toContain('パスワードを入力してください');
    expect(signIn.calls).toEqual([]);
  });

  it('asks only for what is still missing', async () => {
    renderLogin();
    fireEvent.change(screen.getByLabelText(/メールアドレス/), { target: { value: 'a@example.jp' } });
    await submit();
    expect(document.getElementById('login-email-error')).toBeNull();
    expect(document.getElementById('login-password-error')?.textContent).toContain('パスワードを入力してください');
    expect(signIn.calls).toEqual([]);
  });

  it('signs in with the trimmed address and goes on to the page it came from', async () => {
    signIn.answer = () => Promise.resolve({ roles: ['reviewer'] });
    renderLogin('/login?next=%2Freview');
    fireEvent.change(screen.getByLabelText(/メールアドレス/), { target: { value: ' a@example.jp ' } });
    fireEvent.change(screen.getByLabelText(/パスワード/), { target: { value: 'secret' } });
    await submit();
    expect(signIn.calls).toEqual([['a@example.jp', 'secret']]);
    expect(await screen.findByText('review'));
  });

  it('shows the problem the API answered', async () => {
    const refusal = new ApiError({
      type: 'about:blank',
      title: 'メールアドレスまたはパスワードが違います',
      status: 401,
      code: 'x',
    });
    signIn.answer = () => Promise.reject(refusal);
    renderLogin();
    fireEvent.change(screen.getByLabelText(/メールアドレス/), { target: { value: 'a@example.jp' } });
    fireEvent.change(screen.getByLabelText(/パスワード/), { target: { value: 'wrong' } });
    await submit();
    expect(screen.getByRole('alert').textContent).toBe('メールアドレスまたはパスワードが違います');
    expect(screen.getByRole('button', { name: 'ログインする' })).toHaveProperty('disabled', false);
  });
});
