import * as z from 'zod';

// The page's policy forbids eval. Without this, Zod probes for it with
// `new Function` on its first object parse, which the browser reports as a
// policy violation even though Zod catches the error. main.tsx imports this
// module first, so it runs before any schema parses.
z.config({ jitless: true });
