import type { EventEmitter as NodeEventEmitter } from 'node:events';

/** Event names and their listener arguments. */
export type EventEmitterEvents = Record<string, unknown[]>;

/**
 * The `on` / `off` / `once` / `emit` of an event emitter, as `Agent` and `Runner` offer them (the `@openai/agents`
 * shape). The Node emitter behind it is made on the first `on`, so objects nobody listens to cost nothing.
 */
export class EventEmitterDelegate<TEvents extends EventEmitterEvents> {
  #emitter?: NodeEventEmitter;

  /** Calls `listener` every time `type` is emitted. */
  on<K extends keyof TEvents & string>(
    type: K,
    listener: (...args: TEvents[K]) => void,
  ): this {
    this.#events().on(type, listener as (...args: unknown[]) => void);
    return this;
  }

  /** Calls `listener` the next time `type` is emitted, then forgets it. */
  once<K extends keyof TEvents & string>(
    type: K,
    listener: (...args: TEvents[K]) => void,
  ): this {
    this.#events().once(type, listener as (...args: unknown[]) => void);
    return this;
  }

  /** Stops calling `listener` for `type`. */
  off<K extends keyof TEvents & string>(
    type: K,
    listener: (...args: TEvents[K]) => void,
  ): this {
    this.#emitter?.off(type, listener as (...args: unknown[]) => void);
    return this;
  }

  /** Calls the listeners of `type` in order; true when there were any. */
  emit<K extends keyof TEvents & string>(
    type: K,
    ...args: TEvents[K]
  ): boolean {
    return this.#emitter?.emit(type, ...args) ?? false;
  }

  /**
   * @internal Whether a listener may hear `emit`: someone has listened (the emitter exists), or `emit` is not this
   * class's own (a subclass may observe events itself). The run loop builds no event for an object that is quiet.
   */
  get mayHear(): boolean {
    return (
      this.#emitter !== undefined ||
      this.emit !== EventEmitterDelegate.prototype.emit
    );
  }

  #events(): NodeEventEmitter {
    if (!this.#emitter) {
      const events = process.getBuiltinModule(
        'node:events',
      ) as typeof import('node:events');
      this.#emitter = new events.EventEmitter();
    }
    return this.#emitter;
  }
}
