// The vendor simulator's shapes: what a test or the demo configures, asks of it and reads back, and its defaults.
export type SimulatedVendor = 'codeinterview' | 'skillforge';

/** A key both vendors accept unless `apiKeys` says otherwise. */
export const SIMULATOR_API_KEY = 'ci_live_4f9a2c7e1b8d5a3f';

export interface SimulatedTest {
  id: string;
  title: string;
  durationMinutes: number;
  languages: string[];
}

export interface VendorSimulatorOptions {
  apiKeys?: string[];
  tests?: Partial<Record<SimulatedVendor, SimulatedTest[]>>;
  /** SkillForge's signing secrets (`whsec_…`), every one signing each delivery (several during a rotation). */
  signingSecrets?: string[];
  /** SkillForge's catalogue page size (default 20). */
  pageSize?: number;
}

/** One request as the vendor received it (its query unredacted: this is the vendor's side). */
export interface ReceivedRequest {
  vendor: SimulatedVendor;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export type ApiFault = { status: number; retryAfterSeconds?: number } | { delayMs: number } | { hang: true };

export interface FaultRule {
  vendor?: SimulatedVendor;
  method?: string;
  /** The path under the vendor's base (`/tests`, `/pads/new`); a string matches a prefix. */
  path?: string | RegExp;
  /** How many matching requests it answers (default 1). */
  times?: number;
  fault: ApiFault;
}

export interface DeliveryOptions {
  /** Each webhook sent this many times in all (default 1). */
  copies?: number;
  order?: 'queued' | 'reversed' | 'shuffled';
  /** Signed with a wrong secret (SkillForge) or sent to the URL with a wrong token (CodeInterview). */
  forge?: boolean;
  /** Signed as if sent this long ago (SkillForge), to test the tolerance. */
  ageSeconds?: number;
  delayMs?: number;
}

export interface Delivery {
  vendor: SimulatedVendor;
  id: string;
  url: string;
  body: string;
  status: number | null;
}

export interface Invitation {
  id: string;
  vendor: SimulatedVendor;
  testId: string;
  name: string;
  email: string;
  status: string;
  addedAt: string;
  startedAt: string | null;
  completedAt: string | null;
  score: { got: number; total: number } | null;
  failureReason: string | null;
  expiresAt: string | null;
}

export interface Pad {
  id: string;
  vendor: SimulatedVendor;
  title: string;
  status: 'open' | 'ended';
  endedAt: string | null;
}

export interface Pending {
  vendor: SimulatedVendor;
  id: string;
  body: string;
}

export const defaultTests: Record<SimulatedVendor, SimulatedTest[]> = {
  codeinterview: [
    { id: '101', title: 'Backend fundamentals (Node.js)', durationMinutes: 60, languages: ['javascript'] },
    { id: '102', title: 'Frontend: React components', durationMinutes: 90, languages: ['typescript'] },
  ],
  skillforge: [
    { id: 'sf-algo', title: 'Algorithms and data structures', durationMinutes: 75, languages: ['python', 'java'] },
    { id: 'sf-sql', title: 'SQL for analysts', durationMinutes: 45, languages: ['sql'] },
    { id: 'sf-sys', title: 'System design take-home', durationMinutes: 120, languages: [] },
  ],
};

/** A signing secret the simulator uses unless told otherwise. */
export const SIMULATOR_SIGNING_SECRET = `whsec_${Buffer.from('assessment-kit vendor simulator!').toString('base64')}`;

export interface VendorSimulator {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Where a CodeInterview connector points (`baseUrl`). */
  codeInterviewBaseUrl: string;
  skillForgeBaseUrl: string;
  /** Every API request received, oldest first. */
  requests: ReceivedRequest[];
  /** Every webhook delivery attempted, oldest first. */
  deliveries: Delivery[];
  /** The admin pasted this URL into the vendor (the demo does it for them). */
  registerWebhook(vendor: SimulatedVendor, url: string): void;
  /** The vendor revokes a key: every call with it answers 401 from now on. */
  revokeKey(key: string): void;
  setSigningSecrets(secrets: string[]): void;
  /** The next matching requests fail as told. */
  fail(rule: FaultRule): void;
  /** The candidate opens the test. */
  start(vendorAssessmentId: string): void;
  complete(vendorAssessmentId: string, score?: { got: number; total: number }): void;
  expire(vendorAssessmentId: string): void;
  failInvitation(vendorAssessmentId: string, reason: string): void;
  /** The pad's interviewer ends it. */
  endPad(padId: string): void;
  invitation(vendorAssessmentId: string): Readonly<Invitation> | undefined;
  invitations(vendor: SimulatedVendor): readonly Readonly<Invitation>[];
  /** Webhooks queued and not yet delivered. */
  pendingWebhooks(): number;
  /** Sends the queued webhooks to the registered URLs, as told; answers each attempt. */
  deliverWebhooks(options?: DeliveryOptions): Promise<Delivery[]>;
  close(): Promise<void>;
}

