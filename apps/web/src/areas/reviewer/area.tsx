import type { Route } from '../../router/router';
import { Routes } from '../../router/router';
import { RequireRole } from '../../shell/require-role';
import { NotFound, PageTitle } from '../../ui/components';

const routes: Route[] = [{ path: '/review', element: () => <PageTitle>reviewer</PageTitle> }];

export default function Area() {
  return (
    <RequireRole roles={['reviewer']}>
      <Routes routes={routes} fallback={<NotFound />} />
    </RequireRole>
  );
}
