import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real headless Chromium (Debian's `chromium` package) driven over the DevTools protocol with Node's
 * own WebSocket, for the few pages the platform serves.
 */
export class HeadlessBrowser {
  private nextId = 0;
  private readonly pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  private readonly events: Array<{ method: string }> = [];

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data));
      if (message.id !== undefined) this.pending.get(message.id)?.(message);
      else this.events.push(message);
    });
  }

  static async launch(
    executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  ): Promise<HeadlessBrowser> {
    const profile = mkdtempSync(join(tmpdir(), 'loopgrade-chromium-'));
    const child = spawn(executable, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ]);
    const browserUrl = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stderr!.on('data', (chunk) => {
        output += chunk;
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${output.slice(-500)}`)));
      // A missing executable emits 'error' and never 'exit': fail at once rather than at the test timeout.
      child.on('error', (error) => reject(new Error(`cannot start ${executable}: ${error.message}`)));
    });
    const port = new URL(browserUrl).port;
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
      type: string;
      webSocketDebuggerUrl: string;
    }>;
    const page = targets.find((target) => target.type === 'page')!;
    const socket = new WebSocket(page.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    return new HeadlessBrowser(child, socket, profile);
  }

  async send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    const reply = new Promise<{ result?: unknown; error?: unknown }>((resolve) =>
      this.pending.set(id, resolve),
    );
    this.socket.send(JSON.stringify({ id, method, params }));
    const message = await reply;
    this.pending.delete(id);
    if (message.error) throw new Error(`${method}: ${JSON.stringify(message.error)}`);
    return message.result as T;
  }

  /** Evaluates an expression in the page and returns its (JSON) value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result } = await this.send<{ result: { value: T } }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    return result.value;
  }

  /** Loads `url`, then replaces the document with `html`: the page runs on that origin, scripts and all. */
  async openHtmlAt(url: string, html: string): Promise<void> {
    await this.send('Page.enable');
    await this.send('Page.navigate', { url });
    for (let i = 0; i < 100 && !this.events.some((e) => e.method === 'Page.loadEventFired'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { frameTree } = await this.send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree');
    await this.send('Page.setDocumentContent', { frameId: frameTree.frame.id, html });
  }

  /** Chromium writes its profile until it is gone: remove the folder only after the process exited. */
  async close(): Promise<void> {
    this.socket.close();
    if (this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve));
      this.process.kill('SIGKILL');
      await exited;
    }
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 5 });
  }
}
