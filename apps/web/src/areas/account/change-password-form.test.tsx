import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { ApiError } from '../../api/problem';
import { ChangePasswordForm } from './change-password-form';

// A plain function rather than vi.fn(): a spy answering a rejection fails the test although the form catches it.
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

const changed = { count: 0 };

/** The form in Japanese (no locale provider: the default). */
function renderForm() {
  render(<ChangePasswordForm onChanged={() => void (changed.count += 1)} />);
}

const fill = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () =>
  act(async () => void fireEvent.click(screen.getByRole('button', { name: 'パスワードを変更する' })));

describe('ChangePasswordForm', () => {
  beforeEach(() => {
    api.calls = [];
    api.answer = () => Promise.resolve(undefined);
    changed.count = 0;
  });

  it('asks for every field, beside it and in the summary, and sends nothing', async () => {
    renderForm();
    await submit();
    const summary = screen.getAllByRole('alert')[0]!;
    expect(summary.textContent).toContain('現在のパスワードを入力してください');
    expect(summary.textContent).toContain('新しいパスワードは12文字以上にしてください');
    expect(document.getElementById('password-current')?.getAttribute('aria-invalid')).toBe('true');
    expect(api.calls).toEqual([]);
  });

  it('refuses a new password under 12 characters and a confirmation that differs', async () => {
    renderForm();
    fill(/^現在のパスワード/, 'old-password-1');
    fill(/^新しいパスワード必須/, 'elevenchars');
    fill(/^新しいパスワード（確認）/, 'something-else');
    await submit();
    expect(document.getElementById('password-current-error')).toBeNull();
    expect(document.getElementById('password-new-error')?.textContent).toContain('12文字以上');
    expect(document.getElementById('password-confirm-error')?.textContent).toContain('同じパスワードをもう一度');
    expect(api.calls).toEqual([]);

    // Twelve characters are enough (counted as characters, not bytes).
    fill(/^新しいパスワード必須/, 'あいうえおかきくけこさし');
    fill(/^新しいパスワード（確認）/, 'あいうえおかきくけこさし');
    await submit();
    expect(api.calls).toEqual([
      [
        'POST /api/v1/me/password',
        { body: { currentPassword: 'old-password-1', newPassword: 'あいうえおかきくけこさし' } },
      ],
    ]);
    expect(changed.count).toBe(1);
  });

  it('shows the API’s word on the current password beside that field', async () => {
    api.answer = () =>
      Promise.reject(
        new ApiError({
          type: 'about:blank',
          title: '入力内容を確認してください',
          status: 400,
          code: 'validation_failed',
          errors: [{ field: 'currentPassword', messages: ['現在のパスワードが違います'] }],
        }),
      );
    renderForm();
    fill(/^現在のパスワード/, 'wrong-password');
    fill(/^新しいパスワード必須/, 'a-new-password-of-mine');
    fill(/^新しいパスワード（確認）/, 'a-new-password-of-mine');
    await submit();
    expect(document.getElementById('password-current-error')?.textContent).toContain('現在のパスワードが違います');
    expect(changed.count).toBe(0);
  });
});
