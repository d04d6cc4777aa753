import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signStandardWebhook } from '../connectors/standard-webhooks';
import { SIMULATOR_API_KEY, SIMULATOR_SIGNING_SECRET, defaultTests } from './vendor-simulator-types';
import type { SimulatedVendor, VendorSimulatorOptions, ReceivedRequest, ApiFault, FaultRule, DeliveryOptions, Delivery, Invitation, Pad, Pending, VendorSimulator } from './vendor-simulator-types';

export { SIMULATOR_API_KEY, SIMULATOR_SIGNING_SECRET } from './vendor-simulator-types';
export type { SimulatedVendor, SimulatedTest, VendorSimulatorOptions, ReceivedRequest, ApiFault, FaultRule, DeliveryOptions, Delivery, VendorSimulator } from './vendor-simulator-types';

/**
 * The vendors over real HTTP, on loopback: CodeInterview's documented endpoints (key as `?key=`, unsigned webhooks)
 * under `/codeinterview/1`, and SkillForge's (Bearer key, Standard Webhooks) under `/skillforge/v1`. A test or the
 * demo drives the candidate's side (start, complete, expire, fail, end a pad), and each change queues the webhook the
 * vendor would send to the URL an admin registered, delivered with the faults asked for: duplicates, reordering,
 * delays, bad signatures. API calls fail on demand too: a status (500, 401), 429 with Retry-After, a delay, or no
 * answer at all (a timeout).
 * (Past 300 lines on purpose: the routes and the candidate-side commands share one vendor's state, read in one place.)
 */
function jsonReply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function startVendorSimulator(options: VendorSimulatorOptions = {}): Promise<VendorSimulator> {
  const keys = new Set(options.apiKeys ?? [SIMULATOR_API_KEY]);
  const tests = { ...defaultTests, ...options.tests };
  const pageSize = options.pageSize ?? 20;
  let signingSecrets = options.signingSecrets ?? [SIMULATOR_SIGNING_SECRET];
  const requests: ReceivedRequest[] = [];
  const deliveries: Delivery[] = [];
  const faults: FaultRule[] = [];
  const invitations = new Map<string, Invitation>();
  const idempotent = new Map<string, string>();
  const pads = new Map<string, Pad>();
  const webhookUrls: Partial<Record<SimulatedVendor, string>> = {};
  const outbox: Pending[] = [];
  const hanging = new Set<ServerResponse>();
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}${++counter}`;
  const now = () => new Date().toISOString();

  const invitationView = (i: Invitation) =>
    i.vendor === 'codeinterview'
      ? { id: i.id, status: i.status, added_at: i.addedAt, email: i.email, name: i.name, score: i.score ?? { total: 0, got: 0 }, started_at: i.startedAt, completed_at: i.completedAt }
      : {
          id: i.id,
          test_id: i.testId,
          status: i.status,
          started_at: i.startedAt,
          completed_at: i.completedAt,
          score: i.score,
          report_url: i.status === 'completed' ? `https://app.skillforge.example.com/reports/${i.id}` : null,
          time_taken_seconds: i.startedAt && i.completedAt ? Math.round((Date.parse(i.completedAt) - Date.parse(i.startedAt)) / 1000) : null,
          failure_reason: i.failureReason,
          invite_url: `https://app.skillforge.example.com/take/${i.id}`,
          expires_at: i.expiresAt,
        };
  const padView = (p: Pad) =>
    p.vendor === 'codeinterview'
      ? { id: p.id, name: p.title, url: `https://app.codeinterview.io/pads/${p.id}`, status: p.status, ended_at: p.endedAt }
      : {
          id: p.id,
          status: p.status,
          candidate_url: `https://rooms.skillforge.example.com/${p.id}`,
          interviewer_url: `https://rooms.skillforge.example.com/${p.id}/host`,
          ended_at: p.endedAt,
          playback_url: p.status === 'ended' ? `https://rooms.skillforge.example.com/${p.id}/playback` : null,
        };

  function queue(vendor: SimulatedVendor, subject: Invitation | Pad) {
    const isPad = !('email' in subject);
    const body =
      vendor === 'codeinterview'
        ? isPad
          ? { event: 'pad.ended', pad_id: subject.id }
          : { event: `candidate.${subject.status}`, candidate_id: subject.id, test_id: (subject as Invitation).testId }
        : { type: isPad ? 'room.updated' : 'invitation.updated', data: isPad ? padView(subject as Pad) : invitationView(subject as Invitation) };
    outbox.push({ vendor, id: nextId('msg_'), body: JSON.stringify(body) });
  }

  function takeFault(vendor: SimulatedVendor, method: string, path: string): ApiFault | null {
    const index = faults.findIndex(
      (rule) =>
        (!rule.vendor || rule.vendor === vendor) &&
        (!rule.method || rule.method === method) &&
        (!rule.path || (typeof rule.path === 'string' ? path.startsWith(rule.path) : rule.path.test(path))),
    );
    if (index === -1) return null;
    const rule = faults[index]!;
    rule.times = (rule.times ?? 1) - 1;
    if (rule.times <= 0) faults.splice(index, 1);
    return rule.fault;
  }

  function route(vendor: SimulatedVendor, method: string, path: string, query: URLSearchParams, body: unknown, headers: IncomingMessage['headers']) {
    const input = (body ?? {}) as Record<string, unknown>;
    const testsOf = tests[vendor] ?? [];
    let match: RegExpExecArray | null;
    if (vendor === 'codeinterview') {
      if (method === 'GET' && path === '/tests') return [200, testsOf.map((t) => ({ title: t.title, timestamp: 1_767_225_600, id: Number(t.id) || t.id }))];
      if ((match = /^\/tests\/([^/]+)\/candidates$/.exec(path)) && method === 'GET') {
        if (!testsOf.some((t) => t.id === match![1])) return [404, { error: 'No such test' }];
        return [200, [...invitations.values()].filter((i) => i.vendor === vendor && i.testId === match![1]).map(invitationView)];
      }
      if ((match = /^\/tests\/([^/]+)\/candidates\/new$/.exec(path)) && method === 'POST') {
        if (!testsOf.some((t) => t.id === match![1])) return [404, { error: 'No such test' }];
        if (typeof input.email !== 'string' || typeof input.name !== 'string') return [400, { error: 'name and email are required' }];
        const invitation = invite(vendor, match[1]!, input.name, input.email, null);
        return [200, { id: invitation.id, invite_url: `https://app.remoteinterview.io/invite/${invitation.id}` }];
      }
      if (method === 'GET' && path === '/pads') return [200, [...pads.values()].filter((p) => p.vendor === vendor).map(padView)];
      if (method === 'POST' && path === '/pads/new') return [200, padView(openPad(vendor, String(input.name ?? 'Interview')))];
    } else {
      if (method === 'GET' && path === '/me') return [200, { account: 'Simulated SkillForge' }];
      if (method === 'GET' && path === '/tests') {
        const needle = (query.get('search') ?? '').toLowerCase();
        const found = testsOf.filter((t) => t.title.toLowerCase().includes(needle));
        const offset = Number(query.get('cursor') ?? 0);
        const items = found.slice(offset, offset + pageSize).map((t) => ({
          id: t.id,
          title: t.title,
          duration_minutes: t.durationMinutes,
          languages: t.languages,
          updated_at: '2026-11-01T09:00:00Z',
          archived: false,
        }));
        return [200, { items, next_cursor: offset + pageSize < found.length ? String(offset + pageSize) : null }];
      }
      if (method === 'POST' && path === '/invitations') {
        const key = typeof headers['idempotency-key'] === 'string' ? headers['idempotency-key'] : null;
        const earlier = key ? invitations.get(idempotent.get(key) ?? '') : undefined;
        if (earlier) return [200, invitationView(earlier)];
        const candidate = (input.candidate ?? {}) as Record<string, unknown>;
        if (!testsOf.some((t) => t.id === input.test_id)) return [422, { error: 'Unknown test_id' }];
        const invitation = invite(vendor, String(input.test_id), String(candidate.name), String(candidate.email), typeof input.expires_at === 'string' ? input.expires_at : null);
        if (key) idempotent.set(key, invitation.id);
        return [201, invitationView(invitation)];
      }
      if ((match = /^\/invitations\/([^/]+)$/.exec(path)) && method === 'GET') {
        const found = invitations.get(match[1]!);
        return found?.vendor === vendor ? [200, invitationView(found)] : [404, { error: 'Not found' }];
      }
      if (method === 'POST' && path === '/rooms') return [201, padView(openPad(vendor, String(input.title ?? 'Interview')))];
    }
    const padPath = vendor === 'codeinterview' ? 'pads' : 'rooms';
    if ((match = new RegExp(`^/${padPath}/([^/]+)(/end)?$`).exec(path))) {
      const pad = pads.get(match[1]!);
      if (pad?.vendor !== vendor) return [404, { error: 'Not found' }];
      if (method === 'GET' && !match[2]) return [200, padView(pad)];
      if (method === 'POST' && match[2]) {
        endPad(pad.id);
        return [200, padView(pad)];
      }
    }
    return [404, { error: `No route ${method} ${path}` }];
  }

  function invite(vendor: SimulatedVendor, testId: string, name: string, email: string, expiresAt: string | null): Invitation {
    const invitation: Invitation = {
      id: nextId(vendor === 'codeinterview' ? '' : 'inv_'),
      vendor,
      testId,
      name,
      email,
      status: vendor === 'codeinterview' ? 'accepted' : 'invited',
      addedAt: now(),
      startedAt: null,
      completedAt: null,
      score: null,
      failureReason: null,
      expiresAt,
    };
    invitations.set(invitation.id, invitation);
    return invitation;
  }

  function openPad(vendor: SimulatedVendor, title: string): Pad {
    const pad: Pad = { id: nextId(vendor === 'codeinterview' ? 'pad' : 'room_'), vendor, title, status: 'open', endedAt: null };
    pads.set(pad.id, pad);
    return pad;
  }

  function endPad(padId: string) {
    const pad = pads.get(padId);
    if (!pad) throw new Error(`No pad ${padId}`);
    pad.status = 'ended';
    pad.endedAt = now();
    queue(pad.vendor, pad);
  }

  function change(vendorAssessmentId: string, apply: (i: Invitation) => void) {
    const invitation = invitations.get(vendorAssessmentId);
    if (!invitation) throw new Error(`No invitation ${vendorAssessmentId}`);
    apply(invitation);
    queue(invitation.vendor, invitation);
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const [, prefix, version, ...rest] = url.pathname.split('/');
      const vendor: SimulatedVendor | null =
        prefix === 'codeinterview' && version === '1' ? 'codeinterview' : prefix === 'skillforge' && version === 'v1' ? 'skillforge' : null;
      const body = await readBody(req);
      if (!vendor) return jsonReply(res, 404, { error: 'Unknown vendor' });
      const path = `/${rest.join('/')}`;
      const method = req.method ?? 'GET';
      requests.push({
        vendor,
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        body,
      });
      const fault = takeFault(vendor, method, path);
      if (fault && 'hang' in fault) {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (fault && 'delayMs' in fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault && 'status' in fault) {
        const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
        return jsonReply(res, fault.status, { error: `Simulated ${fault.status}` }, headers);
      }
      const key = vendor === 'codeinterview' ? url.searchParams.get('key') : (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (!key || !keys.has(key)) return jsonReply(res, 401, { error: 'Invalid API key' });
      const [status, answer] = route(vendor, method, path, url.searchParams, body, req.headers) as [number, unknown];
      jsonReply(res, status, answer);
    })().catch((error: unknown) => jsonReply(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function deliver(pending: Pending, options: DeliveryOptions): Promise<Delivery> {
    const target = webhookUrls[pending.vendor];
    if (!target) throw new Error(`No webhook URL registered for ${pending.vendor}`);
    let url = target;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (pending.vendor === 'codeinterview') {
      // Unsigned: a forgery can only guess the URL's token.
      if (options.forge) url = `${target.replace(/\/[^/]*$/, '')}/${'0'.repeat(32)}`;
    } else {
      const timestamp = new Date(Date.now() - (options.ageSeconds ?? 0) * 1000);
      const secrets = options.forge ? [`whsec_${Buffer.from('not the secret, not the secret!!').toString('base64')}`] : signingSecrets;
      const signatures = await Promise.all(secrets.map((secret) => signStandardWebhook(secret, pending.id, timestamp, pending.body)));
      Object.assign(headers, { 'webhook-id': pending.id, 'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)), 'webhook-signature': signatures.join(' ') });
    }
    const delivery: Delivery = { vendor: pending.vendor, id: pending.id, url, body: pending.body, status: null };
    deliveries.push(delivery);
    try {
      const response = await fetch(url, { method: 'POST', headers, body: pending.body, signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      delivery.status = response.status;
    } catch {
      delivery.status = null;
    }
    return delivery;
  }

  return {
    url: base,
    codeInterviewBaseUrl: `${base}/codeinterview/1`,
    skillForgeBaseUrl: `${base}/skillforge/v1`,
    requests,
    deliveries,
    registerWebhook: (vendor, url) => void (webhookUrls[vendor] = url),
    revokeKey: (key) => void keys.delete(key),
    setSigningSecrets: (secrets) => void (signingSecrets = secrets),
    fail: (rule) => void faults.push({ ...rule }),
    start: (id) => change(id, (i) => ((i.startedAt = now()), (i.status = i.vendor === 'codeinterview' ? 'accepted' : 'started'))),
    complete: (id, score = { got: 82, total: 100 }) =>
      change(id, (i) => {
        i.startedAt ??= now();
        i.completedAt = now();
        i.status = 'completed';
        i.score = score;
      }),
    expire: (id) => change(id, (i) => void (i.status = 'expired')),
    failInvitation: (id, reason) => change(id, (i) => ((i.status = 'failed'), (i.failureReason = reason))),
    endPad,
    invitation: (id) => invitations.get(id),
    invitations: (vendor) => [...invitations.values()].filter((i) => i.vendor === vendor),
    pendingWebhooks: () => outbox.length,
    async deliverWebhooks(options = {}) {
      const batch = outbox.splice(0).flatMap((pending) => Array.from({ length: options.copies ?? 1 }, () => pending));
      if (options.order === 'reversed') batch.reverse();
      if (options.order === 'shuffled') {
        for (let i = batch.length - 1; i > 0; i--) {
          const j = Math.floor(Math.random() * (i + 1));
          [batch[i], batch[j]] = [batch[j]!, batch[i]!];
        }
      }
      const sent: Delivery[] = [];
      for (const pending of batch) {
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        sent.push(await deliver(pending, options));
      }
      return sent;
    },
    async close() {
      for (const res of hanging) res.destroy();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive sockets from the connectors' fetch would hold close() open.
      server.closeAllConnections();
      await closed;
    },
  };
}
