import type { AssessmentServer } from '../../src/server';
import type { VendorSimulator } from '../../src/server/testing/vendor-simulator';

export const defaultDataDir: string;
export function startDemo(options?: { port?: number; dataDir?: string; fresh?: boolean }): Promise<{
  origin: string;
  dataDir: string;
  simulator: VendorSimulator;
  server: AssessmentServer;
  stop(): Promise<void>;
}>;
