/*
 * The comment events of interaction influence, as a type only: influence.ts builds them and calls
 * influence-agents.ts to split them per agent, so the shape lives here and influence-agents.ts
 * need not import influence.ts back (no import circle).
 */
/** One comment event: which posts make the windows and which random post is the null. */
export interface InfluenceEvents {
  comment: Int32Array;
  post: Int32Array;
  nullPost: Int32Array;
  /** Window bounds as positions into `order` (the commenter's time-ordered posts). */
  beforeStart: Int32Array;
  beforeEnd: Int32Array;
  afterStart: Int32Array;
  afterEnd: Int32Array;
  order: Int32Array;
  semantic: Float64Array;
  semanticNull: Float64Array;
}
