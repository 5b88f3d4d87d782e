import type { ReportBlock } from './report-blocks';

/**
 * A table under a heading that says the same as its caption ("Top five risks…" twice, one above the other)
 * is named by that heading instead: the caption goes, the heading stays in the outline, and a screen reader
 * reads the name once. Tables whose caption says something the heading does not keep their caption.
 */
export const labelTablesByHeadings = (blocks: readonly ReportBlock[]): ReportBlock[] => {
  let heading: Extract<ReportBlock, { kind: 'heading' }> | undefined;
  return blocks.map((block) => {
    if (block.kind === 'heading') heading = block;
    if (block.kind !== 'table' || block.table.caption !== heading?.text) return block;
    return { ...block, table: { ...block.table, labelledBy: heading.id } };
  });
};
