// A small HTTP proxy between the preview server's /emulator proxy and moto.
// It passes everything through untouched until a test switches a fault on
// (through its control path, since tests run in other processes than the
// one that started it); then it answers Batch calls as a failing AWS would.
import {
  createServer,
  request as forward,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';

import { EMULATOR_PORT } from './emulator';

/** Where the preview server sends /emulator calls during the tests. */
export const FAULT_PROXY_PORT = Number(
  process.env.E2E_FAULT_PROXY_PORT ?? EMULATOR_PORT + 1,
);
const CONTROL_URL = `http://127.0.0.1:${FAULT_PROXY_PORT}/__fault`;

export type Fault =
  /** HTTP 500 with AWS's error shape, as an AWS server failure. */
  | { readonly kind: 'http-500' }
  /** HTTP 400 ThrottlingException: the SDK retries with backoff. */
  | { readonly kind: 'throttle' }
  /**
   * HTTP 403 ExpiredTokenException for Batch calls, until the app fetches
   * fresh credentials from Cognito (or STS) through the proxy.
   */
  | { readonly kind: 'expired-token' }
  /** Holds each Batch call this many seconds, then passes it on. */
  | { readonly kind: 'delay'; readonly seconds: number };

interface FaultState {
  readonly fault: Fault | null;
  /** Only the next this many Batch calls fail; undefined: all of them. */
  readonly remaining?: number;
  /** Batch calls the fault answered (or delayed) since it was switched on. */
  readonly hits: number;
}

// Batch is a REST API under /v1/; Cognito and STS post to / with a target.
const isBatchCall = (request: IncomingMessage) =>
  request.url?.startsWith('/v1/') === true;

// The steps that hand out new credentials, in the enhanced and basic flows.
const FRESH_CREDENTIALS = /\.(GetCredentialsForIdentity|GetOpenIdToken)$/;

function awsError(
  response: ServerResponse,
  status: number,
  type: string,
  message: string,
): void {
  const requestId = `fault-${Date.now().toString(36)}`;
  response.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-errortype': type,
    'x-amzn-requestid': requestId,
  });
  response.end(JSON.stringify({ __type: type, message }));
}

function answerFault(fault: Fault, response: ServerResponse): boolean {
  switch (fault.kind) {
    case 'http-500':
      awsError(response, 500, 'ServerException', 'Internal server error.');
      return true;
    case 'throttle':
      awsError(response, 400, 'ThrottlingException', 'Rate exceeded');
      return true;
    case 'expired-token':
      awsError(
        response,
        403,
        'ExpiredTokenException',
        'The security token included in the request is expired',
      );
      return true;
    case 'delay':
      return false;
  }
}

function pass(
  request: IncomingMessage,
  response: ServerResponse,
  target: number,
): void {
  const upstream = forward(
    {
      host: '127.0.0.1',
      port: target,
      method: request.method,
      path: request.url,
      headers: request.headers,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  // The emulator is down: drop the connection, as a dead host would, and
  // let the preview server's own proxy answer the browser as it does then.
  upstream.on('error', () => response.socket?.destroy());
  request.pipe(upstream);
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

/** Starts the proxy in front of the emulator on `target`. */
export function startFaultProxy(
  port: number = FAULT_PROXY_PORT,
  emulator: number = EMULATOR_PORT,
): Promise<Server> {
  let state: FaultState = { fault: null, hits: 0 };

  const control = async (
    request: IncomingMessage,
    response: ServerResponse,
  ) => {
    if (request.method === 'POST') {
      const body = JSON.parse((await readBody(request)) || '{}') as {
        fault: Fault | null;
        count?: number;
      };
      state = { fault: body.fault, remaining: body.count, hits: 0 };
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(state));
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (request.url?.startsWith('/__fault'))
      return void control(request, response);
    const target = String(request.headers['x-amz-target'] ?? '');
    if (state.fault?.kind === 'expired-token' && FRESH_CREDENTIALS.test(target))
      state = { fault: null, hits: state.hits };

    const { fault } = state;
    if (!fault || !isBatchCall(request) || state.remaining === 0)
      return pass(request, response, emulator);

    state = {
      ...state,
      hits: state.hits + 1,
      ...(state.remaining !== undefined && { remaining: state.remaining - 1 }),
    };
    if (fault.kind === 'delay') {
      setTimeout(() => pass(request, response, emulator), fault.seconds * 1000);
      return;
    }
    // The body is not needed: read it so the connection stays usable.
    request.resume();
    answerFault(fault, response);
  };

  const server = createServer(handle);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function post(body: object): Promise<FaultState> {
  const response = await fetch(CONTROL_URL, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return (await response.json()) as FaultState;
}

/**
 * Switches a fault on for Batch calls; `count` limits it to that many calls
 * (a throttle that clears while the SDK retries).
 */
export function setFault(fault: Fault, count?: number): Promise<FaultState> {
  return post({ fault, count });
}

/** Back to passing everything through. */
export function clearFault(): Promise<FaultState> {
  return post({ fault: null });
}

/** The fault in force, and how many Batch calls it has answered. */
export async function faultState(): Promise<FaultState> {
  return (await (await fetch(CONTROL_URL)).json()) as FaultState;
}
