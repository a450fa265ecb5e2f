// Beyond Meta (FLOW8001): every screen can be reached from the entry screen — the first screen — by
// following navigate actions and `routes`. Meta only asks that the screens be connected, in either
// direction: a screen that only leads *into* the Flow passes its check, but no user ever sees it
// (unless a message opens the Flow on it).
import { routingGraph } from '../semantics/routing-graph.js';
import type { BoundScreen } from '../semantics/bind.js';
import type { Check } from './check.js';

export const reachableScreens: Check = ({ flow, report }) => {
  const entry = flow.screens[0];
  if (!entry || flow.screens.length < 2) return;
  const { edges } = routingGraph(flow);
  const reached = new Set<BoundScreen>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const e of edges.get(queue.pop()!) ?? []) {
      if (!reached.has(e.to)) {
        reached.add(e.to);
        queue.push(e.to);
      }
    }
  }
  // Screens not connected at all are Meta's error (FLOW4014): only the connected ones are reported here.
  const connected = connectedTo(entry, flow.screens, edges);
  for (const screen of flow.screens) {
    if (reached.has(screen) || !connected.has(screen) || flow.screenById.get(screen.id) !== screen) continue;
    const inbound = [...edges.values()].flat().filter((e) => e.to === screen);
    report('FLOW8001', screen.node.id.span, { id: screen.id, entry: entry.id }, {
      related: [
        { span: entry.node.id.span, message: `the Flow starts at '${entry.id}'` },
        ...inbound.map((e) => ({ span: e.span, message: `'${e.from.id}' leads here, but no path from '${entry.id}' reaches '${e.from.id}'` })),
      ],
    });
  }
};

function connectedTo(
  start: BoundScreen,
  screens: readonly BoundScreen[],
  edges: ReturnType<typeof routingGraph>['edges'],
): Set<BoundScreen> {
  const neighbours = new Map<BoundScreen, BoundScreen[]>(screens.map((s) => [s, []]));
  for (const [from, list] of edges) {
    for (const e of list) {
      neighbours.get(from)?.push(e.to);
      neighbours.get(e.to)?.push(from);
    }
  }
  const seen = new Set<BoundScreen>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const n of neighbours.get(queue.pop()!) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}
