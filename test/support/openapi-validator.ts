import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';

/** One schema violation, in a form that reads well in a failed assertion. */
export interface SchemaViolation {
  path: string;
  message: string;
}

// The official OpenAPI document sits beside the repository, in the shared folder next to it.
const SPEC_URL = new URL(
  '../../../shared/openai-spec/openapi.json',
  import.meta.url,
);
const SPEC_ID = 'https://baton.invalid/openai-openapi.json';

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((formatsModule as unknown as { default?: FormatsPlugin })
  .default ?? formatsModule) as unknown as FormatsPlugin;

/**
 * Validates values against `components.schemas` of the OpenAI OpenAPI document with JSON Schema 2020-12 (the
 * dialect of OpenAPI 3.1). Request bodies are checked strictly: a top-level field the schema does not define is an
 * error, so a misspelt or invented parameter cannot slip through. Responses and events are checked leniently.
 */
export class OpenAPIValidator {
  #ajv: Ajv2020;
  #compiled = new Map<string, ValidateFunction>();

  constructor() {
    const spec = JSON.parse(readFileSync(fileURLToPath(SPEC_URL), 'utf8')) as {
      components: { schemas: Record<string, unknown> };
    };
    // Vendor keywords (x-oaiMeta, discriminator...) carry no validation meaning here, hence strict: false.
    this.#ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      validateFormats: true,
    });
    addFormats(this.#ajv);
    // `#/components/schemas/X` refs resolve inside this document, so only the schemas need to be registered.
    this.#ajv.addSchema({
      $id: SPEC_ID,
      components: {
        schemas: withoutUndefinedRequirements(
          toPlainJsonSchema(spec.components.schemas) as Record<string, unknown>,
        ),
      },
    });
  }

  /** Whether the spec defines a schema of that name. */
  has(schemaName: string): boolean {
    return (
      this.#ajv.getSchema(`${SPEC_ID}#/components/schemas/${schemaName}`) !==
      undefined
    );
  }

  /** The violations of a request body against `schemaName` (no unknown top-level fields allowed). */
  validateRequest(schemaName: string, body: unknown): SchemaViolation[] {
    return this.#run(this.#compile(schemaName, true), body);
  }

  /** The violations of a response or event against `schemaName` (unknown fields allowed). */
  validateLenient(schemaName: string, value: unknown): SchemaViolation[] {
    return this.#run(this.#compile(schemaName, false), value);
  }

  #compile(schemaName: string, strict: boolean): ValidateFunction {
    const key = `${schemaName}:${strict}`;
    let validate = this.#compiled.get(key);
    if (!validate) {
      const ref = { $ref: `${SPEC_ID}#/components/schemas/${schemaName}` };
      validate = this.#ajv.compile(
        strict ? { ...ref, unevaluatedProperties: false } : ref,
      );
      this.#compiled.set(key, validate);
    }
    return validate;
  }

  #run(validate: ValidateFunction, value: unknown): SchemaViolation[] {
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => ({
      path: error.instancePath || '/',
      message: `${error.message ?? 'invalid'} ${JSON.stringify(error.params)}`,
    }));
  }
}

// Two rewrites make the document usable as plain JSON Schema 2020-12:
// - A few schemas still use OpenAPI 3.0's `nullable` (which Ajv rejects without a `type`); it becomes the 3.1
//   form, "the schema, or null".
// - The spec's `oneOf`s overlap (a user message matches both `EasyInputMessage` and `Item`'s `InputMessage`); the
//   OpenAPI `discriminator` picks one, which JSON Schema cannot express, so `oneOf` is read as `anyOf`. Every
//   branch's constraints still apply to the branch that matches.
function toPlainJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toPlainJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [
      key === 'oneOf' ? 'anyOf' : key,
      toPlainJsonSchema(value),
    ]),
  );
  return nullable === true
    ? { anyOf: [converted, { type: 'null' }] }
    : converted;
}

// Schemas whose `required` names a property they never define. The MCP approval response requires `request_id`,
// which neither the API reference, the `openai` SDK's types nor the Agents SDK send: it is a defect of the document,
// and enforcing it would fail every valid approval response.
const UNDEFINED_REQUIREMENTS: Record<string, string[]> = {
  MCPApprovalResponse: ['request_id'],
};

function withoutUndefinedRequirements(
  schemas: Record<string, unknown>,
): Record<string, unknown> {
  const patched = { ...schemas };
  for (const [name, fields] of Object.entries(UNDEFINED_REQUIREMENTS)) {
    const schema = patched[name] as { required?: string[] } | undefined;
    if (!schema?.required) continue;
    patched[name] = {
      ...schema,
      required: schema.required.filter((field) => !fields.includes(field)),
    };
  }
  return patched;
}

let shared: OpenAPIValidator | undefined;

/** One validator per test file: compiling the spec's schemas takes a moment. */
export function openAPIValidator(): OpenAPIValidator {
  shared ??= new OpenAPIValidator();
  return shared;
}
