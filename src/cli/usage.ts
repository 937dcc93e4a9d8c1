/** The validator's help text. */
export const USAGE = `Usage: npm run --silent validate -- [--format text|json] FILE...

Checks AWS Batch job definitions (RegisterJobDefinition request bodies) and
reports every problem at its line and column. A file may also hold
describe-job-definitions output, a CloudFormation template or resource, or
a --generate-cli-skeleton; it is converted to a request body first.

  FILE               a JSON file; - reads standard input
  --format text      one line per problem, then a summary (default)
  --format json      an array with one entry per file
  -h, --help         show this help

Exit status: 0 no errors, 1 errors found (warnings alone do not count),
2 usage error or unreadable file.
`;
