// Types of generate-flow.mjs (plain JavaScript, so the benchmark can run it with plain node).

export interface GenerateOptions {
  /** Number of screens (≥ 1); default 8, the most the default limits allow. */
  readonly screens?: number;
  /** Components per screen, counted flattened (If/Switch and every branch child count); ≥ 4; default 30. */
  readonly componentsPerScreen?: number;
  /** Without a seed: a fixed, realistic mix. With one: a random mix reproducible from the seed. */
  readonly seed?: number;
  /** Declare `endpoint` in the header (the routing model is then derived). */
  readonly endpoint?: boolean;
  /** Flow JSON version, "7.1" or later; default "7.3". */
  readonly version?: string;
  /** Write `limits "meta"`; implied when screens > 8 or componentsPerScreen > 30. */
  readonly limits?: 'default' | 'meta';
}

/** The text of a flow that compiles without errors. */
export function generateFlow(options?: GenerateOptions): string;

/** The id of the screen at `index`: STEP_A, STEP_B, … (screen ids cannot hold digits). */
export function screenId(index: number): string;
