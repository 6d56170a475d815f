/**
 * All sigma code lives here: the renderer, selection highlighting (ego network) and the camera.
 * Components hand it a graph and callbacks; they never touch sigma themselves.
 */
import Sigma from 'sigma';
import type { DrawnGraph, EdgeAttrs, NodeAttrs } from './build-graph';

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
  #settingCamera = false;

  constructor(container: HTMLElement, graph: DrawnGraph, cb: SigmaCallbacks, theme: SigmaTheme) {
    this.#sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 10,
      labelColor: { color: theme.labelColor },
      defaultEdgeType: 'arrow',
      zIndex: true,
      nodeReducer: (node, attrs) => {
        if (!this.#selected) return attrs;
        if (node === this.#selected) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
        if (this.#ego.has(node)) return { ...attrs, forceLabel: true, zIndex: 1 };
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
    this.#sigma.getCamera().on('updated', (s) => {
      if (!this.#settingCamera) cb.onCamera({ x: s.x, y: s.y, ratio: s.ratio });
    });
  }

  setGraph(graph: DrawnGraph): void {
    this.#sigma.setGraph(graph);
    this.#updateEgo();
  }

  /** Highlights an agent and its neighbours; null clears. */
  select(name: string | null): void {
    this.#selected = name && this.#sigma.getGraph().hasNode(name) ? name : null;
    this.#updateEgo();
  }

  #updateEgo(): void {
    const g = this.#sigma.getGraph();
    this.#ego = new Set(this.#selected && g.hasNode(this.#selected) ? g.neighbors(this.#selected) : []);
    if (this.#selected && !g.hasNode(this.#selected)) this.#selected = null;
    this.#sigma.refresh({ skipIndexation: true });
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

  refresh(): void {
    this.#sigma.refresh();
  }

  kill(): void {
    this.#sigma.kill();
  }
}
