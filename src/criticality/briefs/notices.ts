/** Notices a redirect may ask for (`?fait=`): only these keys are shown, never text from the URL. */
export const NOTICES = [
  "saved",
  "submitted",
  "approved",
  "rejected",
  "published",
  "figureAdded",
  "figureRemoved",
] as const;

export type Notice = (typeof NOTICES)[number];

/** The notice a query value names, if it is one of ours. */
export const noticeOf = (value: string | undefined): Notice | undefined =>
  NOTICES.find((n) => n === value);
