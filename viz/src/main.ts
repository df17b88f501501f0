// Entry point: validate settings, fetch the graph, start the app; failures are shown in the page.
import './ui/styles.css';
import { prewarmLayoutWorker } from './rendering/layout-runner.js';
import { settings } from './settings.js';
import { api } from './ui/api.js';
import { App } from './ui/app.js';
import { byId } from './ui/dom.js';

document.documentElement.style.setProperty('--font', settings.fontStack);

prewarmLayoutWorker();
api.graph().then((payload) => {
  byId('status').hidden = true;
  if (payload.people.length === 0) {
    byId('empty').hidden = false;
  }
  new App(payload, settings);
}).catch((err: unknown) => {
  const el = byId('status');
  el.hidden = false;
  el.classList.add('error');
  el.textContent = `无法加载图数据：${err instanceof Error ? err.message : String(err)}`;
});
