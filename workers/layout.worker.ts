/**
 * The layout worker: PageRank, the size budget and ForceAtlas2 run here, never on the page's
 * thread. It keeps the anchor layout (the whole range) so each day starts from the same positions.
 */
import { runLayout, type Anchor } from '../src/graph/layout-job';
import type { LayoutReply, LayoutRequest } from '../src/graph/layout-protocol';

let anchor: { key: string; positions: Anchor } | null = null;

self.onmessage = (ev: MessageEvent<LayoutRequest>) => {
  const req = ev.data;
  try {
    const result = runLayout(req, anchor?.key === req.anchorKey ? anchor.positions : null);
    if (req.kind === 'anchor') {
      const positions: Anchor = new Map();
      result.names.forEach((n, i) => positions.set(n, { x: result.x[i], y: result.y[i] }));
      anchor = { key: req.anchorKey, positions };
    }
    const reply: LayoutReply = { ok: true, result };
    const transfer = [result.x, result.y, result.pagerank, result.src, result.dst, result.weight].map(
      (a) => a.buffer,
    );
    (self as unknown as Worker).postMessage(reply, transfer);
  } catch (e) {
    const reply: LayoutReply = { ok: false, id: req.id, message: e instanceof Error ? e.message : String(e) };
    (self as unknown as Worker).postMessage(reply);
  }
};
