export interface CodeBlock {
  language: string;
  flags: string[];
  line: number;
  code: string;
}
export function codeBlocks(markdown: string): CodeBlock[];
