export const LIST_PATH = "/candidatures";
export const applicationPath = (key: string) => `${LIST_PATH}/${key}`;
