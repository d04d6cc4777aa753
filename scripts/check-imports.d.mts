export interface ImportOffences {
  cycles: string[];
  upward: string[];
  sibling: string[];
  unplaced: string[];
  unresolved: string[];
}
export function checkImports(root: string): ImportOffences;
export function importsOf(code: string): Array<{ specifier: string; line: number }>;
export function layerOf(path: string): { layer: string | undefined; feature?: string };
