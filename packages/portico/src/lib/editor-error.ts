/** A mistake in content or configuration: shown to editors as its message alone, without a stack trace. */
export class EditorError extends Error {
  override name = 'EditorError';
}
