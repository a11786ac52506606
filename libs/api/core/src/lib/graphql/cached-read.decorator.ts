import { SetMetadata } from '@nestjs/common';

export const CACHED_READ_KEY = 'masswerk:cached-read';

/**
 * Declares a root query part of the read model: its answers depend only on tables that raise the read-cache epochs
 * (decision 0018), so a signed-in viewer's answer may be served from the cache while those epochs are unchanged. The
 * read cache collects the declared queries at start-up; a query without it is never cached (safe, only slower).
 * Never on anything about accounts or sessions.
 */
export const CachedRead = () => SetMetadata(CACHED_READ_KEY, true);
