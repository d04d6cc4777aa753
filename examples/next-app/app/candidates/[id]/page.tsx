// A candidate's profile: their assessments (with the Send button), fetched on the server and sent with the HTML.
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import {
  CandidateAssessments,
  isAssessmentBackendError,
  candidateAssessmentsQueryOptions,
  candidateQueryOptions,
  providersQueryOptions,
} from 'assessment-kit';
import { notFound } from 'next/navigation';
import { scope } from '../../../lib/kit';
import { serverQueryContext } from '../../../lib/prefetch';

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { queryClient, backend } = await serverQueryContext();
  const candidate = await queryClient.fetchQuery(candidateQueryOptions({ backend, scope }, id)).catch((error: unknown) => {
    if (isAssessmentBackendError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  await Promise.all([
    queryClient.prefetchQuery(candidateAssessmentsQueryOptions({ backend, scope }, id)),
    queryClient.prefetchQuery(providersQueryOptions({ backend, scope })),
  ]);
  return (
    <>
      <h1>{candidate.name}</h1>
      <p>{candidate.jobTitle}</p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <CandidateAssessments candidateId={id} />
      </HydrationBoundary>
    </>
  );
}
