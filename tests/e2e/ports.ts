/**
 * Ports for the servers a test starts. Each is an offset into one range whose start comes from
 * `E2E_PORT_BASE` (default 4360), so that two checkouts can run their suites on one machine at
 * once without taking each other's ports.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 4360);

/** The port `offset` places into this run's range (0–39). */
export function testPort(offset: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > 39) {
    throw new Error(`testPort: expected an offset from 0 to 39, got ${offset}.`);
  }
  return base + offset;
}
