/**
 * A full garbage collection at a moment the build knows most of its heap is garbage (after the
 * bundler and the content store have loaded, before the first page renders). `portico build`
 * starts Node with --expose-gc (bin/portico.js); elsewhere this does nothing.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
