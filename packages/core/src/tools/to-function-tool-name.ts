import { UserError } from '../errors/errors.js';

/**
 * A name made safe for the model's function-calling API the way the Agents SDK does it: every character that is
 * not an ASCII letter or digit becomes `_` (spaces and `-` included); case is kept. Only an empty name is an error.
 * @internal
 */
export function toFunctionToolName(name: string, owner = 'Tool'): string {
  if (name.length === 0) {
    throw new UserError(
      `${owner} name cannot be empty: set \`name\` or give \`execute\` a function name.`,
    );
  }
  return name.replace(/[^a-zA-Z0-9]/g, '_');
}
