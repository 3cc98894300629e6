import type { Route } from '../../router/router';
import { Routes } from '../../router/router';
import { NotFound, PageTitle } from '../../ui/components';

/** Public portal: calls, disclosed proposals, statistics, open data. No sign-in. */
const routes: Route[] = [{ path: '/', element: () => <PageTitle>Kyodo 協働</PageTitle> }];

export default function PublicArea() {
  return <Routes routes={routes} fallback={<NotFound />} />;
}
