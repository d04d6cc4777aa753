'use client';
// The browser's side: one QueryClient per visit (the kit's defaults, so handed-over data is not fetched again) and the
// kit's provider on the HTTP adapter, talking to the route handler.
import { AssessmentKitProvider, createHttpAdapter, createKitQueryClient } from 'assessment-kit';
import { useState, type ReactNode } from 'react';
import { basePath, locale, scope } from '../lib/kit';

const backend = createHttpAdapter({ baseUrl: basePath });

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => createKitQueryClient());
  return (
    <AssessmentKitProvider backend={backend} queryClient={queryClient} scope={scope} locale={locale}>
      {children}
    </AssessmentKitProvider>
  );
}
