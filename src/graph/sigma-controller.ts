/**
 * All sigma code lives here: the renderer, selection highlighting (ego network) and the camera.
 * Components hand it a graph and callbacks; they never touch sigma themselves.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { DrawnGraph, EdgeAttrs, NodeAttrs } from './build-graph';
import { pickEgoLabels, strongestTies, type DrawnLabel } from './ego-labels';

/** Neighbours of the selected agent whose names may be drawn (the strongest ties). */
const EGO_LABELS = 8;

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface SigmaCallbacks {
  onClickNode(name: string): void;
  onClickStage(): void;
  /** Fired after the user moved or zoomed (not when the camera was set from code). */
  onCamera(state: CameraState): void;
}

export interface SigmaTheme {
  labelColor: string;
  dimColor: string;
  highlightEdge: string;
}

export class SigmaController {
  #sigma: Sigma<NodeAttrs, EdgeAttrs>;
  #selected: string | null = null;
  #ego = new Set<string>();
  /** The strongest ties, strongest first: label candidates. */
  #ties: string[] = [];
  /** Those whose labels fit on screen now (recomputed after each render). */
  #labelled = new Set<string>();
  #settingCamera = false;

  /**
   * Starts on an empty graph: creating the WebGL programs and indexing a big graph in the same task
   * would hold the page's thread too long, so the first graph comes with setGraph.
   */
  constructor(container: HTMLElement, cb: SigmaCallbacks, theme: SigmaTheme) {
    const empty: DrawnGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
    this.#sigma = new Sigma<NodeAttrs, EdgeAttrs>(empty, container, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 10,
      labelColor: { color: theme.labelColor },
      defaultEdgeType: 'arrow',
      zIndex: true,
      nodeReducer: (node, attrs) => {
        if (!this.#selected) return attrs;
        if (node === this.#selected) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
        if (this.#labelled.has(node)) return { ...attrs, forceLabel: true, zIndex: 1 };
        if (this.#ego.has(node)) return { ...attrs, label: null, zIndex: 1 };
        return { ...attrs, color: theme.dimColor, label: null, zIndex: 0 };
      },
      edgeReducer: (edge, attrs) => {
        if (!this.#selected) return attrs;
        const g = this.#sigma.getGraph();
        const touches = g.source(edge) === this.#selected || g.target(edge) === this.#selected;
        return touches ? { ...attrs, color: theme.highlightEdge, zIndex: 1 } : { ...attrs, hidden: true };
      },
    });
    this.#sigma.on('clickNode', ({ node }) => cb.onClickNode(node));
    this.#sigma.on('clickStage', () => cb.onClickStage());
    // Labels are placed on screen, so their overlaps change with the camera: checked after each
    // render, and the graph refreshed only when the set of labels that fit changed.
    this.#sigma.on('afterRender', () => this.#placeEgoLabels());
    this.#sigma.getCamera().on('updated', (s) => {
      if (!this.#settingCamera) cb.onCamera({ x: s.x, y: s.y, ratio: s.ratio });
    });
  }

  /** Shows a new graph with the given agent selected: one full re-index and render, not two. */
  setGraph(graph: DrawnGraph, selected: string | null): void {
    this.#setSelection(graph, selected);
    this.#sigma.setGraph(graph);
  }

  /** Highlights an agent and its neighbours; null clears. */
  select(name: string | null): void {
    const g = this.#sigma.getGraph();
    const was = this.#selected;
    this.#setSelection(g, name);
    if (this.#selected !== was) this.#sigma.refresh();
  }

  #setSelection(g: DrawnGraph, name: string | null): void {
    this.#selected = name && g.hasNode(name) ? name : null;
    this.#ego = new Set(this.#selected ? g.neighbors(this.#selected) : []);
    const sel = this.#selected;
    const edges = sel
      ? [...g.outEdgeEntries(sel), ...g.inEdgeEntries(sel)].map((e) => ({
          source: e.source,
          target: e.target,
          weight: e.attributes.weight,
        }))
      : [];
    this.#ties = sel ? strongestTies(edges, sel, EGO_LABELS) : [];
    // Until the first render places them, the strongest ties are labelled (the pass then thins them).
    this.#labelled = new Set(this.#ties);
  }

  #placeEgoLabels(): void {
    if (!this.#selected) return;
    const drawn = (key: string): DrawnLabel | null => {
      const d = this.#sigma.getNodeDisplayData(key);
      if (!d) return null;
      const p = this.#sigma.framedGraphToViewport(d);
      return { key, x: p.x, y: p.y, size: this.#sigma.scaleSize(d.size), label: d.label ?? key };
    };
    const fixed = drawn(this.#selected);
    const candidates = this.#ties.map(drawn).filter((n): n is DrawnLabel => n !== null);
    const keep = pickEgoLabels(fixed, candidates, this.#sigma.getSetting('labelSize'));
    const next = new Set(keep);
    const changed = this.#ties.filter((k) => next.has(k) !== this.#labelled.has(k));
    if (!changed.length) return;
    this.#labelled = next;
    this.#sigma.scheduleRefresh({ partialGraph: { nodes: changed }, layoutUnchange: true });
  }

  setCamera(state: CameraState | null): void {
    this.#settingCamera = true;
    this.#sigma.getCamera().setState(state ?? { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.#settingCamera = false;
  }

  /** Centres the camera on a node (keeps the zoom), animated. */
  focus(name: string): void {
    const g = this.#sigma.getGraph();
    if (!g.hasNode(name)) return;
    const pos = this.#sigma.getNodeDisplayData(name);
    if (pos) void this.#sigma.getCamera().animate({ x: pos.x, y: pos.y }, { duration: 300 });
  }

  kill(): void {
    this.#sigma.kill();
  }
}
