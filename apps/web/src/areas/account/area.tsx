import { Route, Routes } from 'react-router';
import { WithParams } from '../../router/with-params';
import { NotFound } from '../../ui/components';
import { AccountPage } from './account-page';
import { EmailChangePage } from './email-change-page';
import { ForcedPasswordPage } from './forced-password-page';
import { RequireSignedIn } from './require-signed-in';
import { ResetConfirmPage } from './reset-confirm-page';
import { ResetRequestPage } from './reset-request-page';
import { ForcedTwoStepPage } from './two-step/forced-two-step-page';
import './account.css';

/** Paths below /account: one's own account, the change an initial password asks for, a required two-step setup. */
export default function AccountArea() {
  return (
    <RequireSignedIn>
      <Routes>
        <Route index element={<AccountPage />} />
        <Route path="password" element={<ForcedPasswordPage />} />
        <Route path="two-step" element={<ForcedTwoStepPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </RequireSignedIn>
  );
}

/** Paths below /password-reset, open to anyone: asking for the e-mail, and the link it carries. */
export function PasswordResetArea() {
  return (
    <Routes>
      <Route index element={<ResetRequestPage />} />
      <Route path=":token" element={<WithParams>{({ token }) => <ResetConfirmPage token={token} />}</WithParams>} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** The link sent to a new e-mail address (/email-change/:token), open to anyone who holds it. */
export function EmailChangeArea() {
  return (
    <Routes>
      <Route path=":token" element={<WithParams>{({ token }) => <EmailChangePage token={token} />}</WithParams>} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
