// assessment-kit/server/testing: the vendors over real HTTP on loopback, for an ATS's own integration tests and
// demos against the server half (the kit's tests and `npm run demo` use the same one).
export { startVendorSimulator, SIMULATOR_API_KEY, SIMULATOR_SIGNING_SECRET } from './vendor-simulator';
export type {
  ApiFault,
  Delivery,
  DeliveryOptions,
  FaultRule,
  ReceivedRequest,
  SimulatedTest,
  SimulatedVendor,
  VendorSimulator,
  VendorSimulatorOptions,
} from './vendor-simulator';
