import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import type { JsxElement } from '../../document/query.ts';
import { allowedComponents, forbiddenUrlSchemes, type ComponentSpec } from '../../model/index.ts';
import { isCommentOnly } from '../suppressions.ts';
import type { DocumentRule, ReportSpec } from '../types.ts';

type Report = (spec: ReportSpec) => void;

function place(node: { position?: ReportSpec['place'] }): ReportSpec['place'] {
  return node.position;
}

/** Ids the data defines, for attributes that name a stage or a notice; unknown when the catalogue does not load. */
export interface KnownIds {
  stages?: readonly string[] | undefined;
}

function checkElement(element: JsxElement, specs: Readonly<Record<string, ComponentSpec>>, known: KnownIds, report: Report): void {
  const name = element.name ?? '';
  const allowed = Object.keys(specs);
  if (!element.name) {
    report({ reason: 'A fragment (<>…</>) is not allowed; write plain Markdown', place: place(element) });
    return;
  }
  const spec = specs[name];
  if (!spec) {
    const html = /^[a-z]/.test(name);
    report({
      reason: html ? `Raw HTML <${name}> is not allowed in content; write Markdown instead` : `Unknown component <${name}>`,
      place: place(element),
      actual: name,
      expected: allowed.length > 0 ? allowed.map((c) => `<${c}>`) : ['plain Markdown'],
    });
    return;
  }
  const present = new Set<string>();
  for (const attribute of element.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report({ reason: `<${name}> has a {…spread} attribute; only name="value" attributes are allowed`, place: place(attribute) ?? place(element) });
      continue;
    }
    present.add(attribute.name);
    const where = place(attribute) ?? place(element);
    if (/^on/i.test(attribute.name)) {
      report({ reason: `Event handler ${attribute.name} is not allowed`, place: where, actual: attribute.name });
      continue;
    }
    const rule = spec.attributes[attribute.name];
    if (!rule) {
      report({ reason: `<${name}> has no attribute "${attribute.name}"`, place: where, actual: attribute.name, expected: Object.keys(spec.attributes) });
      continue;
    }
    if (typeof attribute.value !== 'string') {
      report({ reason: `${attribute.name} of <${name}> must be a plain string in quotes, not an expression`, place: where });
      continue;
    }
    // Notice ids are checked, with suggestions, by the notices rule.
    const values = rule === 'stage' ? known.stages : rule === 'notice' || rule === 'text' ? undefined : rule;
    if (values && !values.includes(attribute.value)) {
      report({ reason: `${attribute.name}="${attribute.value}" is not allowed on <${name}>`, place: where, actual: attribute.value, expected: [...values] });
    }
  }
  for (const required of spec.required) {
    if (!present.has(required)) report({ reason: `<${name}> needs ${required}="…"`, place: place(element), expected: [required] });
  }
  if (!spec.children && element.children.length > 0) {
    report({ reason: `<${name}> takes no content; write it as <${name} … />`, place: place(element) });
  }
}

/**
 * MDX compiles to JavaScript: an import is resolved and an expression runs
 * during the build. Content arrives by pull request, so before anything is
 * compiled only Markdown, merge fields and an allow-list of the project's own
 * components with literal attributes get through.
 */
export const lockdown: DocumentRule = {
  meta: {
    id: 'mdx-lockdown',
    name: 'No code in content',
    description:
      'Templates and chapters contain only Markdown, {{merge fields}} and the project’s own components with literal attributes: no import or export, no {expressions}, no HTML elements, event handlers, or javascript: and data: URLs.',
    why: 'MDX is code: its imports are resolved and its expressions run when the site is built, so content from a pull request could run anything in CI or put script on the site.',
    source: 'README, Trust model; src/model/components.ts (the allow-list).',
    severity: 'error',
    suppressible: false,
    scope: 'content',
    kinds: ['template', 'chapter'],
    examples: {
      valid: [{ text: 'Dear {{customer_contact_name}},\n\n<Notice id="payment-instructions" />' }],
      invalid: [
        { text: "import fs from 'node:fs'", note: 'Imports are resolved at build time.' },
        { text: "Total: {process.env.SECRET}", note: 'Expressions run at build time.' },
        { text: '<script>alert(1)</script>', note: 'Raw HTML.' },
        { text: '[Pay here](javascript:alert(1))', note: 'A javascript: link.' },
      ],
    },
  },
  check(context, report) {
    if (!context.tree) return;
    findUnsafe(context.tree, context.kind === 'chapter' ? 'chapter' : 'template', { stages: context.catalog?.ladder.stages.map((s) => s.id) }, report);
  },
};

/**
 * Reports everything in a tree that is not Markdown, a merge field or an
 * allowed component with literal attributes. Shared by the validator rule and
 * the MDX compile step, which refuses to compile what this finds.
 */
export function findUnsafe(tree: Root, kind: keyof typeof allowedComponents, known: KnownIds, report: Report): void {
  const specs: Readonly<Record<string, ComponentSpec>> = allowedComponents[kind];
  visit(tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          report({ reason: 'import and export are not allowed in content: they run code when the site is built', place: place(node), actual: node.value.split('\n')[0] });
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!isCommentOnly(node.value)) {
            report({
              reason: `{${node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value}} is JavaScript, which is not allowed in content`,
              place: place(node),
              actual: node.value,
              expected: ['a merge field written {{field_name}}', 'plain text'],
            });
          }
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node as JsxElement, specs, known, report);
          break;
        case 'html':
          report({ reason: 'Raw HTML is not allowed in content; write Markdown instead', place: place(node) });
          break;
        case 'link':
        case 'image':
        case 'definition': {
          const url = node.url.trim().toLowerCase().replace(/[\s\u0000-\u001f]+/g, '');
          const scheme = forbiddenUrlSchemes.find((s) => url.startsWith(s));
          if (scheme) report({ reason: `${scheme} URLs are not allowed`, place: place(node), actual: node.url });
          break;
        }
        default:
          break;
      }
  });
}
