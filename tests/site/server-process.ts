/** Starting a real web server for the configuration tests, and waiting until it answers. */
import { spawn, type ChildProcess } from 'node:child_process';

export async function startServer(command: string, args: string[], url: string, env?: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn(command, args, { stdio: 'ignore', env: env ?? process.env });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(url);
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill('SIGTERM');
  throw new Error(`${command} did not start`);
}
