import { SetMetadata } from '@nestjs/common';

export const SHARED_READ_KEY = 'masswerk:shared-read';

/**
 * Declares a public root query whose answer is the same for every anonymous caller and holds nothing a visitor may not
 * see (decision 0074): an anonymous GET of nothing but such queries may be stored by browsers and shared HTTP caches
 * (`Cache-Control: public`, a strong ETag). Only on `@Access(AccessPolicy.PUBLIC)` queries of the public read model;
 * never on anything whose arguments are secrets (an invitation token) or whose answer depends on the caller.
 */
export const SharedRead = () => SetMetadata(SHARED_READ_KEY, true);
