/** The EU assessment the platform reads by default, and the list that marks strategic materials. */
export const EU_RESULTS_VINTAGE = "EU CRM 2023";
export const EU_STRATEGIC_LIST = "eu-2024-annex-ii";
