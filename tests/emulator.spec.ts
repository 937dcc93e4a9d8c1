import { expect, test } from './support/aws-test';

test('the app reaches the emulator through its own origin with the seeded pool', async ({
  page,
  emulator,
}) => {
  await page.goto('/');

  const config = await page.evaluate(async () =>
    (await fetch('/config.json')).json(),
  );
  expect(config.identityPoolId).toBe(emulator.identityPoolId);

  const pools = await page.evaluate(async () => {
    const response = await fetch('/emulator/', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityService.ListIdentityPools',
      },
      body: JSON.stringify({ MaxResults: 10 }),
    });
    return response.json();
  });
  expect(pools.IdentityPools).toEqual([
    expect.objectContaining({ IdentityPoolId: emulator.identityPoolId }),
  ]);
});
