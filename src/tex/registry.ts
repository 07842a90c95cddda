// The formula kinds, each defined in its own file under ./kinds and registered
// here (after KaTeX's defineFunction): a kind is one file plus its test.
import type { Expr } from './expr';
import type { MatchContext } from './selectors';
import { emptyContext } from './selectors';
import type { FormulaKind, Roles } from './types';

export interface KindDefinition {
  kind: FormulaKind;
  /** Kinds are tried in this order (lower first); the more specific shapes go first. */
  order: number;
  /** The roles when `expr` (one member of an equation chain) has this kind's shape, else null. */
  match(expr: Expr, context: MatchContext): Roles | null;
}

const kinds: KindDefinition[] = [];

export function defineKind(definition: KindDefinition): void {
  if (kinds.some((k) => k.kind === definition.kind)) return;
  kinds.push(definition);
  kinds.sort((a, b) => a.order - b.order);
}

export function registeredKinds(): readonly KindDefinition[] {
  return kinds;
}

/** The first kind whose shape `expr` has. */
export function matchKinds(expr: Expr, context: MatchContext = emptyContext()): { kind: FormulaKind; roles: Roles; guessed: boolean } | null {
  for (const definition of kinds) {
    context.notes.guessed = false;
    const roles = definition.match(expr, context);
    if (roles) return { kind: definition.kind, roles, guessed: context.notes.guessed };
  }
  return null;
}

/** Roles without the fields left undefined (so JSON and equality stay clean). */
export function compactRoles(roles: Roles): Roles {
  const out: Roles = {};
  for (const [key, value] of Object.entries(roles) as [keyof Roles, Roles[keyof Roles]][]) {
    if (value !== undefined && value !== null && value !== '') (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
