// The admin's settings page: every vendor and its integration, fetched on the server and sent with the HTML.
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { AssessmentIntegrations, integrationQueryOptions, providersQueryOptions } from 'assessment-kit';
import { scope } from '../lib/kit';
import { serverQueryContext } from '../lib/prefetch';

export default async function IntegrationsPage() {
  const { queryClient, backend } = await serverQueryContext();
  const providers = await queryClient.fetchQuery(providersQueryOptions({ backend, scope }));
  await Promise.all(providers.map((p) => queryClient.prefetchQuery(integrationQueryOptions({ backend, scope }, p.id))));
  return (
    <>
      <h1>Settings</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <AssessmentIntegrations />
      </HydrationBoundary>
    </>
  );
}
