import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/problem';
import { ResetConfirmPage } from './reset-confirm-page';

// A plain function rather than vi.fn(): a spy answering a rejection fails the test although the page catches it.
const api = vi.hoisted(() => ({
  calls: [] as Array<[string, unknown]>,
  answer: (): Promise<unknown> => Promise.resolve(undefined),
}));
vi.mock('../../api/client', () => ({
  call: (operation: string, input: unknown) => {
    api.calls.push([operation, input]);
    return api.answer();
  },
}));

function renderPage() {
  render(
    <MemoryRouter initialEntries={['/password-reset/tok']}>
      <ResetConfirmPage token="tok" />
    </MemoryRouter>,
  );
}

const setPassword = async (value: string) => {
  fireEvent.change(screen.getByLabelText(/^新しいパスワード必須/), { target: { value } });
  fireEvent.change(screen.getByLabelText(/^新しいパスワード（確認）/), { target: { value } });
  await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'パスワードを設定する' })));
};

describe('ResetConfirmPage', () => {
  beforeEach(() => {
    api.calls = [];
  });

  it('shows the API’s words for a used or expired link, and the way to ask for another', async () => {
    api.answer = () =>
      Promise.reject(
        new ApiError({
          type: 'about:blank',
          title: 'このリンクは使えません。有効期限が切れたか、すでに使われています。',
          status: 422,
          code: 'invalid_reset_link',
        }),
      );
    renderPage();
    await setPassword('a-new-password-of-mine');
    expect(api.calls).toEqual([
      ['POST /api/v1/auth/password-reset/confirm', { body: { token: 'tok', newPassword: 'a-new-password-of-mine' } }],
    ]);
    expect(screen.getByRole('alert').textContent).toBe(
      'このリンクは使えません。有効期限が切れたか、すでに使われています。',
    );
    expect(screen.getByRole('link', { name: 'パスワード再設定のメールをもう一度送る' }).getAttribute('href')).toBe(
      '/password-reset',
    );
    expect(screen.queryByLabelText(/^新しいパスワード必須/)).toBeNull();
  });

  it('checks the length before sending, and links to the sign-in once the password is set', async () => {
    api.answer = () => Promise.resolve(undefined);
    renderPage();
    await setPassword('short');
    expect(document.getElementById('reset-new-error')?.textContent).toContain('12文字以上');
    expect(api.calls).toEqual([]);
    await setPassword('a-new-password-of-mine');
    expect(screen.getByRole('status').textContent).toContain('新しいパスワードを設定しました');
    expect(screen.getByRole('link', { name: 'ログイン' }).getAttribute('href')).toBe('/login');
  });
});
