// The routing graph: an edge A→B for every navigate action on A and every screen in A's `routes`.
// Computed once per bound flow and shared by the routing checks and code generation.
import type { Span } from '../source.js';
import type { BoundFlow, BoundScreen } from './bind.js';

export interface RouteEdge {
  readonly from: BoundScreen;
  readonly to: BoundScreen;
  /** Where the edge is written: the target name in the navigate action or `routes`. */
  readonly span: Span;
  readonly via: 'navigate' | 'routes';
}

export interface RoutingGraph {
  /** Outgoing edges per screen (one per distinct target, first written wins), in document order. */
  readonly edges: ReadonlyMap<BoundScreen, readonly RouteEdge[]>;
  /** Inbound edge counts per screen. */
  readonly inbound: ReadonlyMap<BoundScreen, number>;
}

const cache = new WeakMap<BoundFlow, RoutingGraph>();

export function routingGraph(flow: BoundFlow): RoutingGraph {
  const cached = cache.get(flow);
  if (cached) return cached;
  const edges = new Map<BoundScreen, RouteEdge[]>();
  const inbound = new Map<BoundScreen, number>(flow.screens.map((s) => [s, 0]));
  for (const screen of flow.screens) {
    const list: RouteEdge[] = [];
    const add = (id: string, span: Span, via: RouteEdge['via']) => {
      const to = flow.screenById.get(id);
      if (!to || list.some((e) => e.to === to)) return;
      list.push({ from: screen, to, span, via });
      inbound.set(to, (inbound.get(to) ?? 0) + 1);
    };
    for (const r of screen.routes) for (const t of r.targets) add(t.name, t.span, 'routes');
    for (const a of screen.actions) {
      if (a.action.name === 'navigate' && a.action.target) add(a.action.target.name, a.action.target.span, 'navigate');
    }
    edges.set(screen, list);
  }
  const graph = { edges, inbound };
  cache.set(flow, graph);
  return graph;
}
