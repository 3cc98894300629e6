/**
 * The affiliation to print beside a committee member's name, or null: none, or the name already carries it (some
 * municipalities register members as 「山田太郎（○○大学）」, and printing it again read 「（○○大学）（○○大学）」).
 */
export function affiliationToShow(name: string, affiliation: string | null | undefined): string | null {
  const text = affiliation?.trim();
  if (!text || name.includes(text)) return null;
  return text;
}
