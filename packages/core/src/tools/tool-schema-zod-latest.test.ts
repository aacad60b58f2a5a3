import * as zodMini from 'zod/mini';
import { z } from 'zod';
import { z as zod3 } from 'zod/v3';
import { describeStrictSchemaMatrix } from '../../test/support/strict-schema-matrix.js';

// The workspace's zod is the newest zod 4; `zod/v4/core` resolves to it as it would in an app.
describeStrictSchemaMatrix('zod 4 (newest, classic)', z);
describeStrictSchemaMatrix('zod 4 (newest, mini)', zodMini);
describeStrictSchemaMatrix('zod/v3 from zod 4', zod3);
