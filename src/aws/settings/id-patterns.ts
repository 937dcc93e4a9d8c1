const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d+';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** `us-east-1:2f6e0c56-...`: an identity pool id is its region and a UUID. */
export const IDENTITY_POOL_ID = new RegExp(`^(${REGION}):${UUID}$`);
/** `us-east-1_AbCdEf123`: a user pool id is its region and a suffix. */
export const USER_POOL_ID = new RegExp(`^(${REGION})_[0-9A-Za-z]+$`);
/** Cognito's own pattern for an app client id. */
export const USER_POOL_CLIENT_ID = /^[\w+]{1,128}$/;
export const ROLE_ARN =
  /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

/** The region an identity pool or user pool id starts with, if any. */
export function regionOfPoolId(id: string): string | undefined {
  return IDENTITY_POOL_ID.exec(id)?.[1] ?? USER_POOL_ID.exec(id)?.[1];
}
