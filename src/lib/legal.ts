/**
 * The texts people agree to at sign-up: the Terms of use and the Personal data processing notice
 * (content/legal/). Under Law 91/2025/QH15 a person reads the notice before consenting, and the
 * consent must be verifiable: the version below is shown on both pages and on the sign-up form,
 * and recorded with each consent (`consents.textVersion`). A change to either text gets a new
 * version here, so that everyone who agreed to an older one can be told which they agreed to.
 */
export const TERMS_VERSION = '2026-11';

/** The legal pages, by route name; the content entries name theirs in `document`. */
export const legalDocuments = ['terms', 'privacy', 'dataRequests'] as const;
export type LegalDocument = (typeof legalDocuments)[number];

/** The documents a consent covers, which therefore carry the version; the contact page does not. */
export const VERSIONED_DOCUMENTS: readonly LegalDocument[] = ['terms', 'privacy'];
