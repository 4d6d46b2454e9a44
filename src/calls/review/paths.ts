export const REVIEWS_PATH = "/evaluations";
export const REVIEWERS_PATH = "/evaluateurs";
export const dashboardPath = (code: string) => `/appels/${code}/evaluation`;
export const reviewApplicationPath = (code: string, id: string) => `${dashboardPath(code)}/${id}`;
export const assignmentPath = (id: string) => `${REVIEWS_PATH}/${id}`;
