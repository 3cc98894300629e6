import { useState } from 'react';
import { call } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useInvalidate } from '../../../queries/use-invalidate';
import { TextArea } from '../../../ui/components';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ActionOutcome, useConfirmedAction } from '../components/confirmed-action';
import { reviewTexts } from './group-registration-texts';

type Decision = 'approve' | 'return' | 'refuse';

/** 承認する・差し戻す・却下する, each confirmed; returning and refusing need reasons, e-mailed to the group. */
export function DecisionActions({ registrationId }: { registrationId: string }) {
  const t = useT(reviewTexts);
  const invalidate = useInvalidate();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [reasons, setReasons] = useState('');
  const [missing, setMissing] = useState(false);
  const { failure, notice, busy, confirm } = useConfirmedAction(() => setDeciding(null));

  const open = (decision: Decision) => {
    if (decision !== 'approve' && !reasons.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setDeciding(decision);
  };
  const send = () =>
    confirm(async () => {
      const path = { id: registrationId };
      if (deciding === 'approve') await call('POST /api/v1/group-registrations/{id}/approve', { path });
      else if (deciding === 'return') {
        await call('POST /api/v1/group-registrations/{id}/return', { path, body: { reasons: reasons.trim() } });
      } else await call('POST /api/v1/group-registrations/{id}/refuse', { path, body: { reasons: reasons.trim() } });
      const done = deciding === 'approve' ? 'approvedDone' : deciding === 'return' ? 'returnedDone' : 'refusedDone';
      await invalidate(keys.admin.groupRegistration(registrationId));
      await invalidate(['admin', 'group-registrations']);
      return t(done);
    });

  return (
    <div className="registration-decision">
      <ActionOutcome failure={failure} notice={notice} />
      <div className="button-row">
        <button id="registration-approve" type="button" className="button" onClick={() => open('approve')}>
          {t('approve')}
        </button>
      </div>
      <TextArea
        id="registration-reasons"
        label={t('reasons')}
        hint={t('reasonsHint')}
        value={reasons}
        error={missing ? t('errReasons') : undefined}
        onChange={(event) => setReasons(event.target.value)}
        rows={4}
      />
      <div className="button-row">
        <button
          id="registration-return"
          type="button"
          className="button button-secondary"
          onClick={() => open('return')}
        >
          {t('return')}
        </button>
        <button id="registration-refuse" type="button" className="button button-danger" onClick={() => open('refuse')}>
          {t('refuse')}
        </button>
      </div>
      <ConfirmDialog
        open={deciding !== null}
        title={deciding ? t(deciding) : ''}
        confirmLabel={deciding ? t(deciding) : undefined}
        danger={deciding === 'refuse'}
        busy={busy}
        onConfirm={() => void send()}
        onCancel={() => setDeciding(null)}
      >
        <p>
          {deciding === 'approve'
            ? t('approveConfirm')
            : deciding === 'return'
              ? t('returnConfirm')
              : t('refuseConfirm')}
        </p>
      </ConfirmDialog>
    </div>
  );
}
