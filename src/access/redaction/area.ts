/**
 * A rectangle on one page, as the page is displayed: page numbers start at 1, lengths are PDF
 * points (1/72 in), the origin is the top-left corner of the visible page and y grows downwards
 * (MuPDF's page space, so page rotation and crop box are already accounted for).
 */
export type PageArea = { page: number; x: number; y: number; width: number; height: number };

/** An area to remove, with the text shown in its box: the article that justifies it. */
export type RedactionArea = PageArea & { label: string };

const POINTS_PER_MM = 72 / 25.4;

/** For forms that take millimetres: converts to the PDF points every area is expressed in. */
export const pointsFromMillimetres = (mm: number): number => mm * POINTS_PER_MM;
