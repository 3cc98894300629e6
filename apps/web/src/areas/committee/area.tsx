import type { Route } from '../../router/router';
import { Routes } from '../../router/router';
import { RequireRole } from '../../shell/require-role';
import { NotFound, PageTitle } from '../../ui/components';

const routes: Route[] = [{ path: '/committee', element: () => <PageTitle>committee</PageTitle> }];

export default function Area() {
  return (
    <RequireRole roles={['committee_member', 'committee_chair', 'secretariat']}>
      <Routes routes={routes} fallback={<NotFound />} />
    </RequireRole>
  );
}
