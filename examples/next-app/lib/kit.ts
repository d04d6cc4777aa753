// What the server and the browser must agree on, or the handed-over cache and the rendered text would not match.
/** Where app/api/assessments/[...path]/route.ts mounts the kit's routes. */
export const basePath = '/api/assessments';
/** The cache scope the server prefetches under and the provider reads. */
export const scope = 'ats';
/** A fixed locale: a server and a browser with different defaults would format dates differently. */
export const locale = 'en-GB';
