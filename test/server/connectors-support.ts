/** A loopback endpoint that keeps each webhook delivery exactly as it arrived (raw bytes, headers, URL) and answers 204. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookDelivery } from '../../src/server/types';

export interface WebhookReceiver {
  url: string;
  received: WebhookDelivery[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: WebhookDelivery[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const raw = Buffer.concat(chunks);
      const rawBody = new Uint8Array(new ArrayBuffer(raw.byteLength));
      rawBody.set(raw);
      received.push({ rawBody, headers, url: `http://${req.headers.host}${req.url}` });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
