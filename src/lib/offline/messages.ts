/** What the pages ask the service worker (over a MessageChannel), and what it answers. */

export type OfflineRequest =
  /** Save these units (and their parts) with every file they need. */
  | { type: 'save'; units: string[] }
  /** Remove these units; files no other saved unit needs are deleted. */
  | { type: 'remove'; units: string[] }
  /** A page has told the reader that saved chapters were refreshed. */
  | { type: 'seen' };

export interface OfflineReply {
  ok: boolean;
  /** True once nothing is saved: the worker has removed its caches and unregistered itself. */
  empty?: boolean;
}

/** Posted by the service worker to open pages after a new build refreshed the saved files. */
export const UPDATED_MESSAGE = 'intermestic:offline-updated';
