import { describe, expect, it } from 'vitest';
import { buildPath } from '../../src/backend/rest-contract';

describe('buildPath', () => {
  it('fills every parameter, encoding each as one path segment', () => {
    expect(buildPath('/jobs/:jobId/interview-plan', { jobId: 'job 1/a' })).toBe('/jobs/job%201%2Fa/interview-plan');
    expect(buildPath('/providers/:providerId/tests/:testId', { providerId: 'ci', testId: 't?1' })).toBe('/providers/ci/tests/t%3F1');
  });

  it('leaves a path without parameters alone', () => {
    expect(buildPath('/providers')).toBe('/providers');
  });

  it('refuses to build a path with a parameter missing, naming it', () => {
    expect(() => buildPath('/candidates/:candidateId', {})).toThrow('Missing path parameter "candidateId" for /candidates/:candidateId');
  });
});
