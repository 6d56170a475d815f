/**
 * The layout worker: PageRank, the size budget and ForceAtlas2 run here, never on the page's
 * thread. It holds the warm-start chain (layout/layout-chain.ts) so each day starts from the
 * positions of the day before.
 */
import { LayoutChain } from './layout/layout-chain';
import type { LayoutReply, LayoutRequest } from '../src/core/layout-protocol';

const chain = new LayoutChain();

self.onmessage = (ev: MessageEvent<LayoutRequest>) => {
  const req = ev.data;
  try {
    const result = chain.run(req);
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
