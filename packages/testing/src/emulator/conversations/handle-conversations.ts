import type { ServerResponse } from 'node:http';
import type {
  ConversationsStore,
  StoredConversation,
} from '../conversations-store.js';
import {
  ConversationRequestError,
  toConversationItem,
  type ConversationItem,
} from './conversation-item.js';
import type { EmulatorRequest } from '../emulator-request.js';
import { openAIErrorBody } from '../http/openai-error-body.js';
import { sendJson } from '../http/send-json.js';

/** The most items one create call may carry, as the API allows. */
const MAX_ITEMS_PER_CALL = 20;

type Body = Record<string, unknown>;

/**
 * Answers the Conversations API (`/v1/conversations...`): create, retrieve and delete a conversation; add,
 * list (with `order`, `limit`, `after`), retrieve and delete its items. Shapes follow the OpenAPI description:
 * `conversation` objects and `list` pages with `first_id`, `last_id` and `has_more`.
 * @internal
 */
export function handleConversations(
  store: ConversationsStore,
  request: EmulatorRequest,
  query: URLSearchParams,
  res: ServerResponse,
): void {
  const segments = request.path
    .slice('/v1/conversations'.length)
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeURIComponent);
  const [conversationId, collection, itemId] = segments;
  const pattern = ['', conversationId && ':id', collection, itemId && ':item']
    .filter((part) => part !== undefined)
    .join('/');
  const route = `${request.method} ${pattern || '/'}`;
  const valid =
    segments.length <= 3 &&
    (collection === undefined || collection === 'items');
  try {
    const answer = valid
      ? answerRoute(store, route, { conversationId, itemId, request, query })
      : undefined;
    if (answer === undefined)
      return sendJson(
        res,
        404,
        openAIErrorBody(
          'invalid_request_error',
          `Invalid URL (${request.method} ${request.path})`,
          null,
        ),
      );
    sendJson(res, 200, answer);
  } catch (error) {
    if (!(error instanceof ConversationRequestError)) throw error;
    sendJson(
      res,
      error.status,
      openAIErrorBody('invalid_request_error', error.message, null),
    );
  }
}

interface Target {
  conversationId: string | undefined;
  itemId: string | undefined;
  request: EmulatorRequest;
  query: URLSearchParams;
}

// undefined: no such route.
function answerRoute(
  store: ConversationsStore,
  route: string,
  { conversationId = '', itemId = '', request, query }: Target,
): unknown {
  const body = (request.body ?? {}) as Body;
  switch (route) {
    case 'POST /': {
      const items = readItems(body.items, false);
      const metadata = (body.metadata ?? {}) as Record<string, string>;
      return conversationObject(store.create(items, metadata));
    }
    case 'GET /:id':
      return conversationObject(conversationOf(store, conversationId));
    case 'DELETE /:id':
      conversationOf(store, conversationId);
      store.delete(conversationId);
      return {
        id: conversationId,
        object: 'conversation.deleted',
        deleted: true,
      };
    case 'POST /:id/items': {
      const items = readItems(body.items, true);
      const stored = conversationOf(store, conversationId).items;
      refuseDuplicates(stored, items);
      store.append(conversationId, items);
      const added = conversationOf(store, conversationId).items.slice(
        -items.length,
      );
      return listObject(added.map(toConversationItem), false);
    }
    case 'GET /:id/items':
      return listPage(
        conversationOf(store, conversationId).items.map(toConversationItem),
        query,
      );
    case 'GET /:id/items/:item':
      return toConversationItem(
        findItem(conversationOf(store, conversationId), itemId),
      );
    case 'DELETE /:id/items/:item':
      findItem(conversationOf(store, conversationId), itemId);
      store.removeItem(conversationId, itemId);
      return conversationObject(conversationOf(store, conversationId));
    default:
      return undefined;
  }
}

function conversationOf(
  store: ConversationsStore,
  id: string,
): StoredConversation {
  const conversation = store.get(id);
  if (!conversation)
    throw new ConversationRequestError(
      404,
      `Conversation with id '${id}' not found.`,
    );
  return conversation;
}

function readItems(value: unknown, required: boolean): Body[] {
  if (value === undefined || value === null) {
    if (!required) return [];
    throw new ConversationRequestError(
      400,
      "Missing required parameter: 'items'.",
    );
  }
  if (
    !Array.isArray(value) ||
    value.some((v) => typeof v !== 'object' || v === null)
  )
    throw new ConversationRequestError(
      400,
      "Invalid type for 'items': expected an array of objects.",
    );
  if (value.length > MAX_ITEMS_PER_CALL)
    throw new ConversationRequestError(
      400,
      `Invalid 'items': array too long. Expected an array with maximum length ${MAX_ITEMS_PER_CALL}, but got an array with length ${value.length} instead.`,
    );
  return value as Body[];
}

function conversationObject(conversation: StoredConversation) {
  return {
    id: conversation.id,
    object: 'conversation',
    created_at: conversation.createdAt,
    metadata: conversation.metadata,
  };
}

function refuseDuplicates(
  stored: readonly Body[],
  items: readonly Body[],
): void {
  const ids = new Set(stored.map((item) => item.id));
  for (const item of items) {
    if (typeof item.id !== 'string') continue;
    if (ids.has(item.id))
      throw new ConversationRequestError(
        400,
        `Duplicate item found with id ${item.id}. Remove duplicate items from your input and try again.`,
      );
    ids.add(item.id);
  }
}

function findItem(conversation: StoredConversation, itemId: string): Body {
  const item = conversation.items.find((candidate) => candidate.id === itemId);
  if (!item)
    throw new ConversationRequestError(
      404,
      `Item with id '${itemId}' not found in conversation '${conversation.id}'.`,
    );
  return item;
}

/** One page of items: `order` (default `desc`), `limit` (1-100, default 20), `after` an item id. */
function listPage(items: readonly ConversationItem[], query: URLSearchParams) {
  const order = query.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc')
    throw new ConversationRequestError(
      400,
      `Invalid value for 'order': expected one of asc or desc, got '${order}'.`,
    );
  const limit = Number(query.get('limit') ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ConversationRequestError(
      400,
      `Invalid 'limit': expected an integer between 1 and 100, got ${query.get('limit')}.`,
    );
  const ordered = order === 'asc' ? [...items] : [...items].reverse();
  const after = query.get('after');
  const start =
    after === null ? 0 : ordered.findIndex((item) => item.id === after) + 1;
  if (after !== null && start === 0)
    throw new ConversationRequestError(
      404,
      `Item with id '${after}' not found.`,
    );
  const page = ordered.slice(start, start + limit);
  return listObject(page, start + limit < ordered.length);
}

function listObject(data: readonly ConversationItem[], hasMore: boolean) {
  return {
    object: 'list',
    data,
    first_id: data[0]?.id ?? '',
    last_id: data.at(-1)?.id ?? '',
    has_more: hasMore,
  };
}
