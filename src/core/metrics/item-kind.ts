/** Which items a diagnostic looks at. Its own module so the frame's types can name it (see gram-tables.ts). */
export type ItemKind = 'posts' | 'comments';
