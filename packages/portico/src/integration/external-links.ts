/**
 * Links in editors' Markdown to other sites get rel="noopener noreferrer": the page neither hands
 * the other site a handle on its window nor tells it where the reader came from.
 */
import { defineHastPlugin } from 'satteri';
import { isExternalHref } from '../lib/links.ts';

export function externalLinks(site: string) {
  return defineHastPlugin({
    name: 'portico:external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && isExternalHref(href, site))
          ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
  });
}
