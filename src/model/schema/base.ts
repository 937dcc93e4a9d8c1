import * as z from 'zod';

/**
 * Small builders shared by every part of the schema, so that each field is one
 * line: its type, its constraints and its documentation.
 */

export const text = (description: string) => z.string().meta({ description });

export const integer = (description: string) =>
  z.number().int().meta({ description });

export const flag = (description: string) => z.boolean().meta({ description });

export const stringList = (description: string) =>
  z.array(z.string()).meta({ description });

export const stringMap = (description: string) =>
  z.record(z.string(), z.string()).meta({ description });

export const oneOf = <const T extends readonly [string, ...string[]]>(
  values: T,
  description: string,
) => z.enum(values).meta({ description });
