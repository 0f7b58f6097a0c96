/**
 * On an embed page: tells the page that frames it how tall the content is, whenever that changes
 * (the narrow layout, the table view, a hidden series), so a host using the snippet's optional
 * script can size the frame. Hosts without it keep the frame's own height and scroll.
 */
if (window.parent !== window) {
  const post = () => window.parent.postMessage({ type: 'intermestic:height', height: Math.ceil(document.documentElement.scrollHeight) }, '*');
  new ResizeObserver(post).observe(document.body);
  post();
}
