import type { Route } from '../../router/router';
import { Routes } from '../../router/router';
import { RequireRole } from '../../shell/require-role';
import { NotFound, PageTitle } from '../../ui/components';

const routes: Route[] = [{ path: '/workspace', element: () => <PageTitle>proposer</PageTitle> }];

export default function Area() {
  return (
    <RequireRole roles={['proposer']}>
      <Routes routes={routes} fallback={<NotFound />} />
    </RequireRole>
  );
}
