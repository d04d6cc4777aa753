/**
 * What `vitest` is in the CSP test's page (the esbuild bundle aliases the import here): the scenes' `expect`, made
 * as Vitest makes it (chai with Jest's matchers) plus jest-dom's DOM matchers, so each scene's own `afterHydration`
 * runs unchanged in a real page under the policy. `vi` only serves ssr-host's console capture, which the page
 * never calls.
 */
import * as matchers from '@testing-library/jest-dom/matchers';
import { ASYMMETRIC_MATCHERS_OBJECT, JestAsymmetricMatchers, JestChaiExpect, JestExtend, setState } from '@vitest/expect';
import * as chai from 'chai';

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);

const chaiExpect = chai.expect as unknown as { extend(expect: unknown, matchers: unknown): void };
const pageExpect = Object.assign(
  (value: unknown, message?: string) => chai.expect(value, message),
  chai.expect,
  (globalThis as Record<symbol, object>)[ASYMMETRIC_MATCHERS_OBJECT],
  { extend: (more: object) => chaiExpect.extend(pageExpect, more) },
);
// The state a matcher reads (`this.isNot`, `this.equals`), as Vitest sets it per test.
setState(
  { assertionCalls: 0, isExpectingAssertions: false, isExpectingAssertionsError: null, expectedAssertionsNumber: null, expectedAssertionsNumberErrorGen: null },
  pageExpect as never,
);
export const expect = pageExpect as unknown as typeof import('vitest').expect;
expect.extend(matchers);

export const vi = new Proxy({}, {
  get() {
    throw new Error('vi is not available in the CSP test’s page');
  },
});
