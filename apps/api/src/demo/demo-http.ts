/** A request the Fita being loaded refused, with what it answered. */
export class DemoHttpError extends Error {
  override name = 'DemoHttpError';

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** What the loader talks to: a Fita's product API (Bearer) and its LRS (HTTP Basic). */
export interface DemoTarget {
  baseUrl: string;
  token: string;
  lrs: { key: string; secret: string };
}

/** Thrown once the load was told to stop (the process is shutting down). */
export class DemoLoadStopped extends Error {
  override name = 'DemoLoadStopped';

  constructor() {
    super('the demo load was stopped');
  }
}

const RETRIES = 5;

/**
 * The loader's HTTP: Fita's public interfaces only, as an outside client
 * would use them. Network failures and 5xx answers are retried with backoff
 * (a Fita under load, or still starting); a 4xx is a mistake and is reported.
 */
export class DemoHttp {
  private readonly basic: string;

  constructor(
    private readonly target: DemoTarget,
    private readonly signal?: AbortSignal,
  ) {
    this.basic = Buffer.from(`${target.lrs.key}:${target.lrs.secret}`).toString('base64');
  }

  json<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.send<T>(path, {
      method,
      headers: {
        Authorization: `Bearer ${this.target.token}`,
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** A registry or catalogue file to an import endpoint (multipart field `file`). */
  upload<T>(path: string, fileName: string, content: Buffer): Promise<T> {
    return this.send<T>(path, () => {
      const form = new FormData();
      form.append('file', new Blob([content], { type: 'text/csv' }), fileName);
      return {
        method: 'POST',
        headers: { Authorization: `Bearer ${this.target.token}` },
        body: form,
      };
    });
  }

  /** Throws DemoLoadStopped once the load has been told to stop. */
  checkNotStopped(): void {
    if (this.signal?.aborted) throw new DemoLoadStopped();
  }

  /** A batch of statements, already JSON (an array), to the LRS. */
  async statements(batch: string): Promise<void> {
    await this.send(
      '/xapi/statements',
      {
        method: 'POST',
        headers: {
          Authorization: `Basic ${this.basic}`,
          'X-Experience-API-Version': '1.0.3',
          'Content-Type': 'application/json',
        },
        body: batch,
      },
      false,
    );
  }

  private async send<T>(
    path: string,
    init: RequestInit | (() => RequestInit),
    parse = true,
  ): Promise<T> {
    const url = `${this.target.baseUrl}${path}`;
    for (let attempt = 1; ; attempt += 1) {
      if (this.signal?.aborted) throw new DemoLoadStopped();
      let response: Response;
      try {
        response = await fetch(url, {
          ...(typeof init === 'function' ? init() : init),
          signal: this.signal,
        });
      } catch (error) {
        if (this.signal?.aborted) throw new DemoLoadStopped();
        if (attempt >= RETRIES) {
          throw new Error(
            `Cannot reach Fita at ${this.target.baseUrl}: ${(error as Error).message}`,
            { cause: error },
          );
        }
        await pause(attempt);
        continue;
      }
      if (response.status >= 500 && attempt < RETRIES) {
        await response.body?.cancel();
        await pause(attempt);
        continue;
      }
      const text = await response.text();
      if (!response.ok)
        throw new DemoHttpError(response.status, refusal(path, response.status, text));
      return (parse && text ? JSON.parse(text) : undefined) as T;
    }
  }
}

function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
}

function refusal(path: string, status: number, text: string): string {
  const hint =
    status === 401
      ? path.startsWith('/xapi')
        ? ' (the LRS key and secret were refused)'
        : ' (the admin login was refused or has expired)'
      : status === 403
        ? ' (an admin account and an LRS credential with statements/write are needed)'
        : '';
  return `${path} answered ${status}${hint}: ${text.slice(0, 500)}`;
}

/** `POST /api/auth/login`: the Bearer token of an admin. */
export async function loginToken(
  baseUrl: string,
  email: string,
  password: string,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  } catch (error) {
    throw new Error(
      `Cannot reach Fita at ${baseUrl}: ${(error as Error).message}. Is it running?`,
      {
        cause: error,
      },
    );
  }
  if (response.status !== 200) {
    throw new DemoHttpError(
      response.status,
      `Login as ${email} at ${baseUrl} failed (${response.status}): ${(await response.text()).slice(0, 300)}`,
    );
  }
  return ((await response.json()) as { token: string }).token;
}
