export const PROJECT_CODE_PATTERN = /^P-\d{4}-\d{3,}$/;
