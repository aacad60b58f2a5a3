/**
 * The image the default model "generates": a 16×16 PNG checkerboard, small enough to inline and a real PNG, so
 * saving and opening it works like a generated one.
 * @internal
 */
export const EMULATED_IMAGE_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAJUlEQVR4nGOQ96uEo0/bbOAIlzjDINRAjCJk8cGoYRAG60iMBwD5DmUQTUTVCAAAAABJRU5ErkJggg==';
