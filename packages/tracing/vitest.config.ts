import { nodeResolution } from '../../vitest.shared.js';

export default nodeResolution;
