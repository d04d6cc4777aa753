// npm run demo: the whole loop on loopback, for real. One process runs
// - the server half (src/server) on PGlite, its data kept in a folder so a restart keeps it,
// - the vendor simulator (CodeInterview and SkillForge over HTTP), and
// - a small ATS page (Vite, scripts/demo/) that uses the components through createHttpAdapter.
// Connecting a vendor "pastes" the generated webhook URL (and SkillForge's signing secret) into the simulator; the
// page's vendor panel plays the candidate, whose progress reaches the server as a webhook.
//   DEMO_PORT (default 5180), DEMO_DATA_DIR (default node_modules/.cache/assessment-kit-demo), --fresh to start over.
import { startDemo } from './demo/start.mjs';

const demo = await startDemo({
  port: Number(process.env.DEMO_PORT ?? 5180),
  ...(process.env.DEMO_DATA_DIR ? { dataDir: process.env.DEMO_DATA_DIR } : {}),
  fresh: process.argv.includes('--fresh'),
});
const { origin, dataDir } = demo;
console.log(`assessment-kit demo: ${origin}  (data in ${dataDir})
  1. Integrations: Connect CodeInterview with the key ci_live_4f9a2c7e1b8d5a3f (the simulator accepts it).
     The webhook URL it shows is pasted into the simulator for you.
  2. Candidate: Send assessment, pick a CodeInterview test and a reviewer, Send.
  3. Vendor simulator: Complete the invitation. The candidate's list shows Completed with 42/50, without a reload.`);

const stop = () => demo.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
