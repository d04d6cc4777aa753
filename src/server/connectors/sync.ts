import type { AssessmentTest } from '../../domain';
import type { ProviderConnector } from '../types';
import { VendorError } from './vendor-error';

/** More pages than any real catalogue: a vendor whose cursor never ends is a bug, not a big catalogue. */
const MAX_PAGES = 200;

/** The vendor's whole catalogue, page by page, for the tests cache (on connect and on a key change). */
export async function syncAllTests(connector: ProviderConnector, apiKey: string): Promise<AssessmentTest[]> {
  const tests: AssessmentTest[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, nextCursor }: Awaited<ReturnType<ProviderConnector['listTests']>> = await connector.listTests(apiKey, { search: '', cursor });
    tests.push(...items);
    if (nextCursor === null) return tests;
    cursor = nextCursor;
  }
  throw new VendorError('bad_response', `${connector.provider.name} listed more than ${MAX_PAGES} pages of tests.`);
}
