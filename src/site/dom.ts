/** Small DOM builders for the site's browser scripts: elements made from text, never from HTML strings. */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

export function link(text: string, href: string): HTMLAnchorElement {
  const a = element('a', text);
  a.href = href;
  return a;
}
