// The engine is TypeScript published as source. Node strips the types of .ts files itself, except
// inside node_modules (an installed engine). installTypeScriptHooks() lets Node load those too:
// an in-thread load hook (module.registerHooks) that strips types with Node's own
// module.stripTypeScriptTypes, which costs nothing per import. Node versions without them fall
// back to tsx, whose hooks run on a thread of their own: every module resolution (Astro imports
// each page's module once per page rendered) then waits for a round trip to that thread, about
// 0.7 ms, 3 s over 4,500 pages.
import module from 'node:module';

let installed = false;

export async function installTypeScriptHooks() {
  if (installed) return;
  installed = true;
  const { registerHooks, stripTypeScriptTypes } = module;
  if (typeof registerHooks !== 'function' || typeof stripTypeScriptTypes !== 'function') {
    const { register } = await import('tsx/esm/api');
    register();
    return;
  }
  const emitWarning = process.emitWarning;
  const strip = (source) => {
    // The one warning this gives ("stripTypeScriptTypes is an experimental feature") is not the editor's concern.
    process.emitWarning = (warning, ...rest) =>
      String(warning).includes('stripTypeScriptTypes') ? undefined : emitWarning.call(process, warning, ...rest);
    try {
      return stripTypeScriptTypes(source);
    } finally {
      process.emitWarning = emitWarning;
    }
  };
  registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith('file:') && url.endsWith('.ts') && url.includes('/node_modules/')) {
        const loaded = nextLoad(url, { ...context, format: 'module' });
        return { format: 'module', source: strip(String(loaded.source)), shortCircuit: true };
      }
      return nextLoad(url, context);
    },
  });
}
