import { jobDefinitionJsonSchema } from '@/model/json-schema';

process.stdout.write(`${JSON.stringify(jobDefinitionJsonSchema(), null, 2)}\n`);
