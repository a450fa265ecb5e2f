// Every screen is connected with the others through routes. Meta: INVALID_ROUTING_MODEL
// ("Following screens are not connected with the rest of the screens").
import { routingGraph } from '../semantics/routing-graph.js';
import type { BoundScreen } from '../semantics/bind.js';
import type { Check } from './check.js';

export const connectedScreens: Check = ({ flow, report }) => {
  if (flow.screens.length < 2) return;
  const { edges } = routingGraph(flow);
  const neighbours = new Map<BoundScreen, BoundScreen[]>(flow.screens.map((s) => [s, []]));
  for (const [from, list] of edges) {
    for (const e of list) {
      neighbours.get(from)!.push(e.to);
      neighbours.get(e.to)!.push(from);
    }
  }
  const seen = new Set<BoundScreen>([flow.screens[0]!]);
  const queue = [flow.screens[0]!];
  while (queue.length > 0) {
    for (const n of neighbours.get(queue.pop()!) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  for (const screen of flow.screens) {
    if (!seen.has(screen) && flow.screenById.get(screen.id) === screen) report('FLOW4014', screen.node.id.span, { id: screen.id });
  }
};
