import type { Assessment } from '../domain';
import { LIVE_UPDATES_EVENT } from '../backend/rest-contract';
import type { SqlQueryable } from './sql';

/**
 * docs/rest-contract.md "Live updates": one Server-Sent Events stream per open candidate page. The streams of one
 * instance share one watcher, which compares the revisions it sent with the database's: on a change this instance
 * committed (`poke`) at once, and every `pollMs` for changes other instances committed. The database is the only
 * source, so several instances need nothing between them; a new stream starts with every assessment of the
 * candidate, so a client that reconnects has missed nothing.
 */
export interface LiveUpdates {
  /** This instance committed a change: look now instead of at the next tick. */
  poke(): void;
  /** The stream for one candidate (the caller checked who may see them). */
  stream(candidateId: string, signal: AbortSignal): Response;
  /** Ends every stream (the server closes). */
  close(): void;
}

interface Watcher {
  /** The revision this stream last sent, by assessment id. */
  sent: Map<string, number>;
  write(text: string): void;
}

export function createLiveUpdates(
  sql: SqlQueryable,
  { pollMs, heartbeatMs, onError }: { pollMs: number; heartbeatMs: number; onError(error: unknown): void },
): LiveUpdates {
  const watchers = new Map<string, Set<Watcher>>();
  const endings = new Set<() => void>();
  let wake: (() => void) | null = null;
  let poked = false;
  let running = false;

  async function tick(): Promise<void> {
    const candidateIds = [...watchers.keys()];
    if (candidateIds.length === 0) return;
    const rows = await sql.query<{ id: string; candidate_id: string; revision: number }>(
      'SELECT id, candidate_id, revision FROM ak_assessments WHERE candidate_id = ANY($1::text[]) AND NOT send_pending',
      [candidateIds],
    );
    const due = new Map<string, Watcher[]>();
    for (const row of rows) {
      for (const watcher of watchers.get(row.candidate_id) ?? []) {
        if ((watcher.sent.get(row.id) ?? -1) >= row.revision) continue;
        due.set(row.id, [...(due.get(row.id) ?? []), watcher]);
      }
    }
    if (due.size === 0) return;
    const docs = await sql.query<{ doc: Assessment }>('SELECT doc FROM ak_assessments WHERE id = ANY($1::text[])', [[...due.keys()]]);
    for (const { doc } of docs) {
      const text = `event: ${LIVE_UPDATES_EVENT}\nid: ${doc.id}:${doc.revision}\ndata: ${JSON.stringify(doc)}\n\n`;
      for (const watcher of due.get(doc.id) ?? []) {
        if ((watcher.sent.get(doc.id) ?? -1) >= doc.revision) continue;
        watcher.sent.set(doc.id, doc.revision);
        watcher.write(text);
      }
    }
  }

  async function run(): Promise<void> {
    running = true;
    while (watchers.size > 0) {
      poked = false;
      try {
        await tick();
      } catch (error) {
        onError(error);
      }
      if (poked) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
    running = false;
  }

  function poke(): void {
    if (watchers.size === 0) return;
    poked = true;
    wake?.();
    if (!running) void run();
  }

  function stream(candidateId: string, signal: AbortSignal): Response {
    const encoder = new TextEncoder();
    let end = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const watcher: Watcher = { sent: new Map(), write: (text) => controller.enqueue(encoder.encode(text)) };
        // Comments keep proxies and load balancers from closing a quiet stream.
        const heartbeat = setInterval(() => watcher.write(': keep-alive\n\n'), heartbeatMs);
        const close = () => {
          end();
          try {
            controller.close();
          } catch {
            // Already closed by the client.
          }
        };
        end = () => {
          clearInterval(heartbeat);
          endings.delete(close);
          signal.removeEventListener('abort', close);
          const set = watchers.get(candidateId);
          set?.delete(watcher);
          if (set?.size === 0) watchers.delete(candidateId);
        };
        endings.add(close);
        signal.addEventListener('abort', close);
        watchers.set(candidateId, (watchers.get(candidateId) ?? new Set()).add(watcher));
        watcher.write(': connected\n\n');
        poke();
      },
      cancel: () => end(),
    });
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
    });
  }

  return {
    poke,
    stream,
    close() {
      for (const close of [...endings]) close();
    },
  };
}
