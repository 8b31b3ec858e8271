/**
 * Work run in a child process of its own, called like an async function: a module calls
 * `serveCalls({ name: fn, … })` at its top, and the build calls
 * `helperProcess('src/…/module.ts').call(name, …)`.
 * The child starts on the first call and stays until the calling process ends (it exits when its
 * channel closes), so what it loads (fonts, WebAssembly memories that never shrink) is not added to
 * the build's own process. Arguments and results go through Node's structured clone (typed arrays
 * included); an error comes back as an Error with the child's message.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Reply = { id: number; value?: unknown; error?: string };

export interface HelperProcess {
  call<T>(name: string, ...args: unknown[]): Promise<T>;
}

/**
 * A file of the engine by its path in the package ("src/…"), found through the package's name:
 * the calling module may run bundled elsewhere (Astro's build output), where its own URL says
 * nothing about the engine's folder.
 */
export function engineFile(path: string): string {
  return join(dirname(createRequire(import.meta.url).resolve('portico/package.json')), path);
}

/** The helper for an engine module (its path in the package); one child per module and calling process. */
export function helperProcess(modulePath: string): HelperProcess {
  const moduleUrl = pathToFileURL(engineFile(modulePath)).href;
  let child: ChildProcess | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    child = undefined;
  };
  const start = () => {
    const started = fork(engineFile('src/lib/child-entry.mjs'), [moduleUrl], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    started.on('message', (reply: Reply) => {
      const call = waiting.get(reply.id);
      if (!call) return;
      waiting.delete(reply.id);
      // Only calls under way keep the calling process alive.
      if (waiting.size === 0) started.channel?.unref();
      if (reply.error !== undefined) call.reject(new Error(reply.error));
      else call.resolve(reply.value);
    });
    started.once('error', failAll);
    started.once('exit', (code, signal) =>
      failAll(new Error(`helper process ${modulePath} stopped (${signal ?? `exit code ${code}`})`)),
    );
    started.unref();
    return started;
  };
  return {
    call<T>(name: string, ...args: unknown[]) {
      child ??= start();
      const id = next++;
      const running = child;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        running.channel?.ref();
        running.send({ id, name, args });
      });
    },
  };
}

/**
 * In the helper's module: answer the calling process's calls with these functions, one call at a
 * time, in the order they were sent.
 */
export function serveCalls(functions: Record<string, (...args: never[]) => unknown>): void {
  if (!process.send) throw new Error('serveCalls: not started by helperProcess (no channel to the caller)');
  process.once('disconnect', () => process.exit(0));
  let queue = Promise.resolve();
  const answer = async ({ id, name, args }: { id: number; name: string; args: never[] }) => {
    let reply: Reply;
    try {
      const fn = functions[name];
      if (!fn) throw new Error(`no function "${name}" in this helper process`);
      reply = { id, value: await fn(...args) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    process.send!(reply);
  };
  process.on('message', (message: { id: number; name: string; args: never[] }) => {
    queue = queue.then(() => answer(message));
  });
}
