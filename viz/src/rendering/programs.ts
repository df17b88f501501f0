// WebGL programs for large graphs, where the frame rate is bound by the number of vertices drawn
// (measured in headless Chromium's software WebGL: sigma's instanced circle and rectangle
// programs cost 3–8× more per frame than plain points and lines). Besides being single-vertex
// points and 1-px lines, they draw within a budget the renderer sets before each frame:
// - while the camera moves, no edges, only the first `movingNodes` nodes (the graph holds people in
//   decreasing order of meetings, so these are the most active) and no picking pass: hover and
//   clicks are resolved after the movement, on a full frame;
// - the edge buffer holds the heaviest ties first, so level of detail for weak edges is a
//   shorter draw call, not a reprocessing of every edge.
// Items raised by the reducers (zIndex > 0: hovered, selected and their neighbours) are sorted
// to the end of the buffers by sigma; `tail…` keeps them drawn whatever the budget.
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import type { VizEdgeAttributes, VizNodeAttributes } from '../core/graph/types.js';

export interface DrawBudget {
  moving: boolean;
  /** Nodes drawn while moving (from the start of the buffer). */
  movingNodes: number;
  /** Edges drawn (from the start of the buffer); Infinity for all. */
  edges: number;
  /** Raised items at the end of the buffers, always drawn. */
  tailNodes: number;
  tailEdges: number;
}

type ProgramInfo = Parameters<NodePointProgram['drawWebGL']>[1];

/** Draws [0, head) and the last `tail` items of a non-instanced program. */
function drawRange(gl: WebGLRenderingContext, method: number, verticesPerItem: number, count: number, head: number, tail: number): void {
  const items = count / verticesPerItem;
  const h = Math.min(items, head);
  const t = Math.min(items - h, tail);
  if (h > 0) gl.drawArrays(method, 0, h * verticesPerItem);
  if (t > 0) gl.drawArrays(method, (items - t) * verticesPerItem, t * verticesPerItem);
}

export function largeGraphPrograms(budget: DrawBudget) {
  class BudgetNodeProgram extends NodePointProgram<VizNodeAttributes, VizEdgeAttributes> {
    override render(params: RenderParams): void {
      if (!budget.moving || this.hasNothingToRender()) { super.render(params); return; }
      // the picking pass is skipped: it is redrawn on the frame after the movement
      this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
      this.bindProgram(this.normalProgram);
      this.renderProgram(params, this.normalProgram);
      this.unbindProgram(this.normalProgram);
    }

    override drawWebGL(method: number, { gl, frameBuffer }: ProgramInfo): void {
      gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
      drawRange(gl, method, this.VERTICES, this.verticesCount, budget.moving ? budget.movingNodes : Infinity, budget.tailNodes);
    }
  }
  class BudgetEdgeProgram extends EdgeLineProgram<VizNodeAttributes, VizEdgeAttributes> {
    override render(params: RenderParams): void {
      // no edges on the move (sigma's hideEdgesOnMove would re-process the whole graph after each drag)
      if (!budget.moving) super.render(params);
    }

    override drawWebGL(method: number, { gl, frameBuffer }: ProgramInfo): void {
      gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
      drawRange(gl, method, this.VERTICES, this.verticesCount, budget.edges, budget.tailEdges);
    }
  }
  return { BudgetNodeProgram, BudgetEdgeProgram };
}
