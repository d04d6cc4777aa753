export * from './types';
export * from './errors';
export * from './rest-contract';
export { createHttpAdapter } from './http-adapter';
export type { HttpAdapterOptions } from './http-adapter';
