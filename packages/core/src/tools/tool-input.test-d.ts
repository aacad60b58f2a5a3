import type {
  StandardJSONSchemaV1,
  StandardSchemaV1,
} from '@standard-schema/spec';
import { expectTypeOf } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { z as zod3 } from 'zod/v3';
import { z as zod40 } from 'zod-4-0';
import * as zod40Mini from 'zod-4-0/mini';
import { z as zod325v4 } from 'zod-3-25/v4';
import * as zod325Mini from 'zod-3-25/v4-mini';
import { z as zod325 } from 'zod-3-25';
import { Agent, handoff, tool, type Runner, type ToolInput } from '../index.js';

/** What `execute` would receive for parameters declared with `schema`. */
const inputOf = <TSchema>(_schema: TSchema) =>
  expectTypeOf<ToolInput<TSchema>>();

type Weather = { city: string; days?: number | undefined };

// zod 4 classic and mini, in every package that ships them, and zod 3.
const classic = z.object({ city: z.string(), days: z.number().optional() });
inputOf(classic).toEqualTypeOf<Weather>();
const miniWeather = () =>
  zm.object({ city: zm.string(), days: zm.optional(zm.number()) });
expectTypeOf<
  ToolInput<ReturnType<typeof miniWeather>>
>().toEqualTypeOf<Weather>();
const zod40Schema = zod40.object({
  city: zod40.string(),
  days: zod40.number().optional(),
});
inputOf(zod40Schema).toEqualTypeOf<Weather>();
const zod40MiniSchema = zod40Mini.object({
  city: zod40Mini.string(),
  days: zod40Mini.optional(zod40Mini.number()),
});
inputOf(zod40MiniSchema).toEqualTypeOf<Weather>();
const zod325v4Schema = zod325v4.object({
  city: zod325v4.string(),
  days: zod325v4.number().optional(),
});
inputOf(zod325v4Schema).toEqualTypeOf<Weather>();
const zod325MiniSchema = zod325Mini.object({
  city: zod325Mini.string(),
  days: zod325Mini.optional(zod325Mini.number()),
});
inputOf(zod325MiniSchema).toEqualTypeOf<Weather>();
const zod3Schema = zod3.object({
  city: zod3.string(),
  days: zod3.number().optional(),
});
inputOf(zod3Schema).toEqualTypeOf<{
  city: string;
  days?: number | undefined;
}>();
const zod325Schema = zod325.object({ city: zod325.string() });
inputOf(zod325Schema).toEqualTypeOf<{
  city: string;
}>();

// A Standard Schema with a Standard JSON Schema converter, as the spec types it.
declare const standard: StandardSchemaV1<unknown, { id: number }> &
  StandardJSONSchemaV1<unknown, { id: number }>;
inputOf(standard).toEqualTypeOf<{ id: number }>();
expectTypeOf<
  ToolInput<StandardSchemaV1.Props<unknown, { id: number }>>
>().toEqualTypeOf<Record<string, unknown>>();

// A plain JSON schema gives a plain object.
expectTypeOf<
  ToolInput<{ type: 'object'; properties: Record<string, unknown> }>
>().toEqualTypeOf<Record<string, unknown>>();

tool({
  name: 'mini',
  description: '',
  parameters: miniWeather(),
  execute: (input) => {
    expectTypeOf(input).toEqualTypeOf<Weather>();
    return input.city;
  },
});

tool({
  name: 'standard',
  description: '',
  parameters: standard,
  execute: (input) => {
    expectTypeOf(input).toEqualTypeOf<{ id: number }>();
    return input.id;
  },
});

declare const runner: Runner;
const miniOutput = new Agent({ name: 'Mini', outputType: miniWeather() });
expectTypeOf((await runner.run(miniOutput, 'hi')).finalOutput).toEqualTypeOf<
  Weather | undefined
>();
const standardOutput = new Agent({ name: 'Standard', outputType: standard });
expectTypeOf(
  (await runner.run(standardOutput, 'hi')).finalOutput,
).toEqualTypeOf<{ id: number } | undefined>();

handoff(miniOutput, {
  inputType: miniWeather(),
  onHandoff: (_runContext, input) => {
    expectTypeOf(input).toEqualTypeOf<Weather>();
  },
});
