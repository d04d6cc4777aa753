// The demo's small ATS page (npm run demo): every component through createHttpAdapter against the real server half,
// and a panel that plays the candidate at the vendor simulator (the demo's own routes under /demo).
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AssessmentIntegrations, AssessmentKitProvider, CandidateAssessments, createHttpAdapter } from '../../src';
import '../../src/styles/index.css';

const backend = createHttpAdapter({ baseUrl: '/api', liveUpdates: true });

interface SimulatedInvitation {
  id: string;
  vendor: string;
  testId: string;
  email: string;
  status: string;
}

function VendorPanel() {
  const [invitations, setInvitations] = useState<SimulatedInvitation[]>([]);
  const refresh = () => void fetch('/demo/invitations').then(async (r) => setInvitations((await r.json()) as SimulatedInvitation[]));
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, 2000);
    return () => clearInterval(timer);
  }, []);
  const act = (id: string, action: 'start' | 'complete' | 'expire') => void fetch(`/demo/invitations/${id}/${action}`, { method: 'POST' }).then(refresh);
  return (
    <section aria-labelledby="vendor-heading">
      <h2 id="vendor-heading">Vendor simulator (the candidate's side)</h2>
      {invitations.length === 0 ? (
        <p>No invitations yet: send a test from the candidate's profile.</p>
      ) : (
        <ul>
          {invitations.map((i) => (
            <li key={i.id}>
              {i.vendor} invitation {i.id} to {i.email}: {i.status}{' '}
              <button type="button" onClick={() => act(i.id, 'start')}>Start {i.id}</button>{' '}
              <button type="button" onClick={() => act(i.id, 'complete')}>Complete {i.id}</button>{' '}
              <button type="button" onClick={() => act(i.id, 'expire')}>Expire {i.id}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AssessmentKitProvider backend={backend}>
      <main>
        <h1>Demo ATS</h1>
        <AssessmentIntegrations />
        <CandidateAssessments candidateId="cand-02" />
        <VendorPanel />
      </main>
    </AssessmentKitProvider>
  </StrictMode>,
);
