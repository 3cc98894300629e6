import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DecisionActions } from './decision-actions';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../api/client', () => ({ call }));

const renderActions = () =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <DecisionActions registrationId="r1" />
    </QueryClientProvider>,
  );
const press = (name: string) => act(async () => void fireEvent.click(screen.getByRole('button', { name })));
const confirm = (name: string) =>
  act(async () => void fireEvent.click(screen.getAllByRole('button', { name }).at(-1)!));

describe('DecisionActions (団体登録の審査)', () => {
  beforeEach(() => {
    call.mockReset();
    call.mockResolvedValue({});
  });

  it('asks for reasons before returning or refusing, and sends nothing without them', async () => {
    renderActions();
    await press('差し戻す');
    expect(document.getElementById('registration-reasons-error')?.textContent).toContain('理由を入力してください');
    await press('却下する');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(call).not.toHaveBeenCalled();
  });

  it('returns with the reasons as written, trimmed, once confirmed', async () => {
    renderActions();
    fireEvent.change(document.getElementById('registration-reasons')!, {
      target: { value: ' 会則に役員の定めがありません。 ' },
    });
    await press('差し戻す');
    expect(screen.getByRole('dialog').textContent).toContain('理由を団体にメールで知らせます');
    expect(call).not.toHaveBeenCalled();
    await confirm('差し戻す');
    expect(call).toHaveBeenCalledWith('POST /api/v1/group-registrations/{id}/return', {
      path: { id: 'r1' },
      body: { reasons: '会則に役員の定めがありません。' },
    });
  });

  it('approves with no reasons asked, once confirmed', async () => {
    renderActions();
    await press('承認する');
    await confirm('承認する');
    expect(call).toHaveBeenCalledWith('POST /api/v1/group-registrations/{id}/approve', { path: { id: 'r1' } });
  });
});
