import { expect, it, vi } from 'vitest';
import * as zodV4Mini from 'zod-3-25/v4-mini';
import { z as zodV4 } from 'zod-3-25/v4';
import { z as zod3 } from 'zod-3-25/v3';
import { describeStrictSchemaMatrix } from '../../test/support/strict-schema-matrix.js';

// An app on zod 3.25 resolves `zod/v4/core` to 3.25's own copy of zod 4's core; so does this file.
vi.mock('zod/v4/core', () => import('zod-3-25/v4/core'));

describeStrictSchemaMatrix('zod/v4 from zod 3.25', zodV4);
describeStrictSchemaMatrix('zod/v4-mini from zod 3.25', zodV4Mini);
describeStrictSchemaMatrix('zod 3 (zod 3.25)', zod3);

it('converts through the core of the zod the app has installed', async () => {
  const core = await import('zod/v4/core');
  expect(core.version).toEqual({ major: 4, minor: 0, patch: 0 }); // 3.25 ships zod 4.0.0's core;
});
