// What a page's server component uses to send data with the HTML: the kit's HTTP adapter, as the browser has it, but
// its fetch goes straight into the server half in this process (no request to itself), with the visitor's cookie.
import { createHttpAdapter, createKitQueryClient } from 'assessment-kit';
import type { AssessmentBackend } from 'assessment-kit';
import type { QueryClient } from '@tanstack/react-query';
import { headers } from 'next/headers';
import { assessmentServer } from './assessment-server';
import { basePath } from './kit';

/** A new client per request: a module-level one would share one visitor's data with the next. */
export async function serverQueryContext(): Promise<{ queryClient: QueryClient; backend: AssessmentBackend }> {
  const incoming = await headers();
  const origin = `${incoming.get('x-forwarded-proto') ?? 'http'}://${incoming.get('host') ?? 'localhost'}`;
  const backend = createHttpAdapter({
    baseUrl: `${origin}${basePath}`,
    headers: { cookie: incoming.get('cookie') ?? '' },
    fetch: async (input, init) => (await assessmentServer()).fetch(new Request(input, init)),
  });
  return { queryClient: createKitQueryClient(), backend };
}
