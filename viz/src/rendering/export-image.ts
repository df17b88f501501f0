// PNG export: draws sigma's layers (edges, nodes, labels…) onto one canvas over a white
// background, right after a synchronous render so the WebGL buffers still hold the frame.
import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';

export function renderPng<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, title: string, fontStack: string): Promise<Blob> {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2D canvas'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const layers = sigma.getCanvases();
  for (const id of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const layer = layers[id];
    if (layer) ctx.drawImage(layer, 0, 0, canvas.width, canvas.height);
  }
  ctx.fillStyle = '#5b6472';
  ctx.font = `${12 * ratio}px ${fontStack}`;
  ctx.fillText(title, 12 * ratio, canvas.height - 12 * ratio);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
