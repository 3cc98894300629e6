import type { Route } from '../../router/router';
import { Routes } from '../../router/router';
import { RequireRole } from '../../shell/require-role';
import { NotFound, PageTitle } from '../../ui/components';

const routes: Route[] = [{ path: '/console', element: () => <PageTitle>secretariat</PageTitle> }];

export default function Area() {
  return (
    <RequireRole roles={['secretariat', 'admin']}>
      <Routes routes={routes} fallback={<NotFound />} />
    </RequireRole>
  );
}
