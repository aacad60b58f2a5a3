import { expect, it, vi } from 'vitest';
import * as zodMini from 'zod-4-0/mini';
import { z } from 'zod-4-0';
import { describeStrictSchemaMatrix } from '../../test/support/strict-schema-matrix.js';

// An app on zod 4.0 resolves `zod/v4/core` to 4.0's own core; so does this file.
vi.mock('zod/v4/core', () => import('zod-4-0/v4/core'));

describeStrictSchemaMatrix('zod 4.0 (classic)', z);
describeStrictSchemaMatrix('zod 4.0 (mini)', zodMini);

it('converts through the core of the zod the app has installed', async () => {
  const core = await import('zod/v4/core');
  expect(core.version).toEqual({ major: 4, minor: 0, patch: 17 });
});
