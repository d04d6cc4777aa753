import { assessmentSchema } from '../domain';
import type { Assessment } from '../domain';
import { LIVE_UPDATES_EVENT } from './rest-contract';
import type { AssessmentChangeListener } from './types';

/** What the stream needs from the adapter: its fetch and headers, and a way to read the list between attempts. */
export interface LiveUpdatesClient {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  headers: () => Promise<Headers>;
  relist: (candidateId: string, signal: AbortSignal) => Promise<Assessment[]>;
  retryMs: number;
}

const MAX_RETRY_MS = 30_000;

/**
 * Holds a candidate's Server-Sent Events stream (docs/rest-contract.md "Live updates") open, reconnecting with
 * backoff; between attempts it reads the list once, so a server without the route still updates, slowly.
 */
export function subscribeToCandidate(client: LiveUpdatesClient, url: string, candidateId: string, onChange: AssessmentChangeListener): () => void {
  const { retryMs } = client;
  const stop = new AbortController();
  const emit = (data: string) => {
    const parsed = assessmentSchema.safeParse(JSON.parse(data));
    if (parsed.success) onChange(parsed.data);
  };
  void (async () => {
    let delay = retryMs;
    while (!stop.signal.aborted) {
      try {
        const headers = await client.headers();
        headers.set('Accept', 'text/event-stream');
        const response = await client.fetch(url, { headers, signal: stop.signal });
        if (response.ok && response.body) {
          delay = retryMs;
          // The stream starts with every assessment as it is, so nothing missed while it was down stays missed.
          for await (const event of serverSentEvents(response.body)) {
            if (event.event === LIVE_UPDATES_EVENT) emit(event.data);
          }
        } else {
          await response.body?.cancel();
        }
        if (stop.signal.aborted) return;
        for (const assessment of await client.relist(candidateId, stop.signal)) onChange(assessment);
      } catch {
        if (stop.signal.aborted) return;
      }
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, delay);
        stop.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    }
  })();
  return () => stop.abort();
}

/** The events of a text/event-stream body (the parts of the format a server of this contract sends). */
async function* serverSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; data: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event = 'message';
  let data: string[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0) yield { event, data: data.join('\n') };
          event = 'message';
          data = [];
        } else if (line.startsWith('event:')) {
          event = line.slice(6).trim();
        } else if (line.startsWith('data:')) {
          data.push(line.slice(5).replace(/^ /, ''));
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
}

