import type { LetterKind } from "./types.ts";
import {
  DATE_SCALARS,
  FILTERS,
  FLAGS,
  LOOPS,
  type LoopName,
  REQUIRED,
  SCALARS,
  type ScalarName,
} from "./vocabulary.ts";

/**
 * A deliberately small template language for letters an administrator edits:
 *   {{name}}  {{date|date}}  {{#if name}}…{{else}}…{{/if}}  {{#each list}}…{{/each}}  {{! note }}
 * Nothing is evaluated: a tag names a value from the vocabulary or it is an error, so an edit
 * cannot leak data or silently drop a required part of a letter.
 */
export type Node =
  | { type: "text"; text: string }
  | { type: "value"; name: string; filter?: string; line: number }
  | { type: "if"; name: string; yes: Node[]; no: Node[]; line: number }
  | { type: "each"; name: string; body: Node[]; line: number };

export type IssueCode =
  | "unknown_placeholder"
  | "unknown_filter"
  | "filter_not_allowed"
  | "unknown_list"
  | "unknown_condition"
  | "unclosed_block"
  | "unexpected_tag"
  | "malformed_tag"
  | "nested_list"
  | "missing_required";

export type TemplateIssue = { code: IssueCode; name: string; line: number };

const TAG = /\{\{([^{}]*)\}\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)?$/;

type Frame = { node: Extract<Node, { type: "if" | "each" }>; inElse: boolean };

/** Parses a template into nodes; structural problems become issues, never exceptions. */
export function parseTemplate(source: string): { nodes: Node[]; issues: TemplateIssue[] } {
  const text = source.replace(/\r\n?/g, "\n");
  const root: Node[] = [];
  const stack: Frame[] = [];
  const issues: TemplateIssue[] = [];
  const target = () => {
    const top = stack.at(-1);
    if (!top) return root;
    if (top.node.type === "each") return top.node.body;
    return top.inElse ? top.node.no : top.node.yes;
  };
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const tag = (match[1] ?? "").trim();
    const at = match.index;
    const end = at + match[0].length;
    const standalone = BLOCK_TAG.test(tag) && standaloneAt(text, at, end);
    const before = standalone ? text.slice(last, at).replace(/[ \t]*$/, "") : text.slice(last, at);
    if (before) target().push({ type: "text", text: before });
    last = standalone ? lineEnd(text, end) : end;
    const line = lineOf(text, at);
    const open = /^#(if|each)\s+(\S+)$/.exec(tag);
    const close = /^\/(if|each)$/.exec(tag);
    if (tag.startsWith("!")) continue;
    if (open) {
      const name = open[2] as string;
      const node: Frame["node"] =
        open[1] === "if"
          ? { type: "if", name, yes: [], no: [], line }
          : { type: "each", name, body: [], line };
      target().push(node);
      stack.push({ node, inElse: false });
    } else if (tag === "else") {
      const top = stack.at(-1);
      if (top?.node.type !== "if" || top.inElse)
        issues.push({ code: "unexpected_tag", name: "else", line });
      else top.inElse = true;
    } else if (close) {
      const top = stack.at(-1);
      if (top?.node.type !== close[1]) issues.push({ code: "unexpected_tag", name: tag, line });
      else stack.pop();
    } else {
      const [name = "", filter, ...rest] = tag.split("|").map((s) => s.trim());
      if (!NAME.test(name) || rest.length > 0 || filter === "")
        issues.push({ code: "malformed_tag", name: tag, line });
      else target().push({ type: "value", name, filter, line });
    }
  }
  if (last < text.length) target().push({ type: "text", text: text.slice(last) });
  for (const frame of stack)
    issues.push({
      code: "unclosed_block",
      name: `#${frame.node.type} ${frame.node.name}`,
      line: frame.node.line,
    });
  // Braces left once every tag is blanked out are almost always a typo in a tag.
  const rest = text.replace(TAG, (tag) => " ".repeat(tag.length));
  for (const match of rest.matchAll(/\{\{|\}\}/g))
    issues.push({ code: "malformed_tag", name: match[0], line: lineOf(text, match.index) });
  return { nodes: root, issues };
}

/** Checks a template against the vocabulary and what its kind of letter must contain. */
export function validateTemplate(kind: LetterKind, source: string): TemplateIssue[] {
  const { nodes, issues } = parseTemplate(source);
  const seen = new Set<string>();
  check(nodes, undefined, issues, seen);
  for (const required of REQUIRED[kind]) {
    if (!seen.has(required)) issues.push({ code: "missing_required", name: required, line: 0 });
  }
  return issues.sort((a, b) => a.line - b.line);
}

function check(
  nodes: Node[],
  loop: LoopName | undefined,
  issues: TemplateIssue[],
  seen: Set<string>,
) {
  for (const node of nodes) {
    if (node.type === "text") continue;
    if (node.type === "value") {
      const field = loop !== undefined && node.name in LOOPS[loop].fields;
      const scalar = node.name in SCALARS;
      seen.add(node.name);
      if (!field && !scalar)
        issues.push({ code: "unknown_placeholder", name: node.name, line: node.line });
      else if (node.filter !== undefined) {
        if (!(FILTERS as readonly string[]).includes(node.filter))
          issues.push({ code: "unknown_filter", name: node.filter, line: node.line });
        else if (field || !DATE_SCALARS.includes(node.name as ScalarName))
          issues.push({
            code: "filter_not_allowed",
            name: `${node.name}|${node.filter}`,
            line: node.line,
          });
      }
    } else if (node.type === "if") {
      if (!isCondition(node.name, loop))
        issues.push({ code: "unknown_condition", name: node.name, line: node.line });
      seen.add(node.name);
      check(node.yes, loop, issues, seen);
      check(node.no, loop, issues, seen);
    } else {
      if (!(node.name in LOOPS))
        issues.push({ code: "unknown_list", name: node.name, line: node.line });
      else if (loop !== undefined)
        issues.push({ code: "nested_list", name: node.name, line: node.line });
      seen.add(`#each ${node.name}`);
      check(node.body, node.name in LOOPS ? (node.name as LoopName) : loop, issues, seen);
    }
  }
}

const isCondition = (name: string, loop: LoopName | undefined) =>
  name in SCALARS ||
  name in LOOPS ||
  name in FLAGS ||
  (loop !== undefined && name in LOOPS[loop].fields);

/** What a template is filled with: text values, lists of records, and true/false flags. */
export type TemplateContext = {
  values: Record<string, string>;
  dates: Record<string, string>;
  lists: Record<string, Record<string, string>[]>;
  flags: Record<string, boolean>;
};

/**
 * Fills a template. Values are escaped for the letter markup so that a document title with
 * a « | » or a line starting with « - » stays text. The template must have been validated:
 * a name that is not in the context renders empty.
 */
export function fillTemplate(
  nodes: Node[],
  ctx: TemplateContext,
  item?: Record<string, string>,
): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.text;
    else if (node.type === "value") {
      out += escapeMarkup(
        node.filter === "date"
          ? (ctx.dates[node.name] ?? "")
          : (item?.[node.name] ?? ctx.values[node.name] ?? ""),
      );
    } else if (node.type === "if") {
      out += fillTemplate(truthy(node.name, ctx, item) ? node.yes : node.no, ctx, item);
    } else {
      for (const row of ctx.lists[node.name] ?? []) out += fillTemplate(node.body, ctx, row);
    }
  }
  return out;
}

function truthy(name: string, ctx: TemplateContext, item?: Record<string, string>): boolean {
  if (name in ctx.flags) return ctx.flags[name] === true;
  if (name in ctx.lists) return (ctx.lists[name]?.length ?? 0) > 0;
  return (item?.[name] ?? ctx.values[name] ?? "") !== "";
}

/** Backslash before what the letter markup would read as structure. */
export function escapeMarkup(value: string): string {
  return value
    .replace(/[\\*|]/g, "\\$&")
    .split("\n")
    .map((line) => (/^\s*([#>-]|\d+\.)/.test(line) ? `\\${line}` : line))
    .join("\n");
}

const BLOCK_TAG = /^(!|#(if|each)\s|else$|\/(if|each)$)/;

/** A block tag alone on its line takes the line with it, as in Mustache. */
function standaloneAt(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const next = text.indexOf("\n", end);
  const after = text.slice(end, next === -1 ? text.length : next);
  return /^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t]*$/.test(after);
}

function lineEnd(text: string, from: number): number {
  const next = text.indexOf("\n", from);
  return next === -1 ? text.length : next + 1;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
