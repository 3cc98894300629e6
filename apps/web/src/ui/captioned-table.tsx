import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a phone: the scroll region is focusable and named by the caption (so keyboard
 * users can scroll it), the columns are headed in `columns`, the rows are the children.
 */
export function CaptionedTable({
  id,
  caption,
  columns,
  children,
}: {
  id: string;
  caption: string;
  columns: ReactNode[];
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
