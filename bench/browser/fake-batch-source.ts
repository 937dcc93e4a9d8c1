import { createServer, type IncomingMessage, type Server } from 'node:http';

/** Port of the fake source (free of the test, dev and other bench ports). */
export const FAKE_SOURCE_PORT = Number(process.env.BENCH_FAKE_PORT ?? 4196);

export const FAKE_REGION = 'us-east-1';
export const FAKE_IDENTITY_POOL = `${FAKE_REGION}:00000000-0000-4000-8000-000000000000`;

export interface FakeSource {
  readonly url: string;
  /** DescribeJobDefinitions calls answered so far. */
  readonly describeCalls: () => number;
  close(): Promise<void>;
}

function revisionOf(name: string, revision: number) {
  return {
    jobDefinitionName: name,
    jobDefinitionArn: `arn:aws:batch:${FAKE_REGION}:123456789012:job-definition/${name}:${revision}`,
    revision,
    status: revision % 7 === 0 ? 'INACTIVE' : 'ACTIVE',
    type: 'container',
    platformCapabilities: ['EC2'],
    containerProperties: {
      image: `public.ecr.aws/docker/library/busybox:1.${revision % 40}`,
      command: ['echo', `revision ${revision}`],
      resourceRequirements: [
        { type: 'VCPU', value: String(1 + (revision % 4)) },
        { type: 'MEMORY', value: String(1024 * (1 + (revision % 8))) },
      ],
      environment: [{ name: 'REVISION', value: String(revision) }],
    },
    tags: { team: 'bench', revision: String(revision) },
  };
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}

/**
 * A stand-in for AWS Batch and Cognito Identity that holds one job
 * definition with `revisions` revisions and answers DescribeJobDefinitions
 * in pages of at most 100 with nextToken, as AWS does; for the bench only
 * (the end-to-end tests use the moto emulator).
 */
export async function startFakeSource(
  name: string,
  revisions: number,
): Promise<FakeSource> {
  const all = Array.from({ length: revisions }, (_, index) =>
    revisionOf(name, revisions - index),
  );
  let describeCalls = 0;
  const server: Server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', '*');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    response.setHeader('Access-Control-Expose-Headers', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    const answer = (status: number, body: unknown, type: string) => {
      response.writeHead(status, {
        'Content-Type': type,
        'x-amzn-RequestId': `bench-${Date.now()}`,
      });
      response.end(JSON.stringify(body));
    };
    bodyOf(request)
      .then((body) => {
        const target = String(request.headers['x-amz-target'] ?? '');
        const json = 'application/x-amz-json-1.1';
        if (target.endsWith('.GetId')) {
          answer(200, { IdentityId: `${FAKE_REGION}:bench-identity` }, json);
        } else if (target.endsWith('.GetCredentialsForIdentity')) {
          answer(
            200,
            {
              IdentityId: `${FAKE_REGION}:bench-identity`,
              Credentials: {
                AccessKeyId: 'BENCHACCESSKEY',
                SecretKey: 'bench-secret',
                SessionToken: 'bench-session',
                Expiration: Math.floor(Date.now() / 1000) + 3600,
              },
            },
            json,
          );
        } else if (request.url?.endsWith('/v1/describejobdefinitions')) {
          describeCalls += 1;
          const input = body as { maxResults?: number; nextToken?: string };
          const size = Math.min(input.maxResults ?? 100, 100);
          const start = Number(input.nextToken ?? 0);
          const end = start + size;
          answer(
            200,
            {
              jobDefinitions: all.slice(start, end),
              ...(end < all.length ? { nextToken: String(end) } : {}),
            },
            'application/json',
          );
        } else {
          answer(400, { __type: 'UnknownOperationException' }, json);
        }
      })
      .catch((error: unknown) =>
        answer(500, { message: String(error) }, 'application/json'),
      );
  });
  await new Promise<void>((resolve) =>
    server.listen(FAKE_SOURCE_PORT, '127.0.0.1', resolve),
  );
  return {
    url: `http://127.0.0.1:${FAKE_SOURCE_PORT}`,
    describeCalls: () => describeCalls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
