/**
 * schema.org descriptions of pages as JSON-LD, for search engines' rich results. Each builder takes
 * only what the page already shows to an anonymous visitor: a profile's JSON-LD never says more than
 * the public profile does.
 */
type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** What a public profile shows; the caller passes the anonymous view (see `getTalentProfile`). */
export interface PublicPerson {
  fullName: string;
  url: string;
  unitName: string;
  photoUrl?: string;
  shortBio?: string;
  fieldNames: string[];
  honourTitles: string[];
}

export function personJsonLd(person: PublicPerson): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    name: person.fullName,
    url: person.url,
    memberOf: { '@type': 'Organization', name: person.unitName },
    ...(person.photoUrl ? { image: person.photoUrl } : {}),
    ...(person.shortBio ? { description: person.shortBio } : {}),
    ...(person.fieldNames.length ? { knowsAbout: person.fieldNames } : {}),
    ...(person.honourTitles.length ? { award: person.honourTitles } : {}),
  };
}

export interface Publisher {
  name: string;
  url: string;
  logoUrl: string;
}

/** The network itself, run by the provincial Youth Union (`parent`). */
export function organizationJsonLd(site: Publisher & { alternateName: string; parent: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: site.name,
    alternateName: site.alternateName,
    url: site.url,
    logo: site.logoUrl,
    parentOrganization: { '@type': 'Organization', name: site.parent },
  };
}

const organization = (publisher: Publisher) => ({
  '@type': 'Organization',
  name: publisher.name,
  url: publisher.url,
  logo: { '@type': 'ImageObject', url: publisher.logoUrl },
});

export function newsArticleJsonLd(article: {
  headline: string;
  description: string;
  url: string;
  imageUrl: string;
  datePublished: Date;
  inLanguage: string;
  publisher: Publisher;
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    image: [article.imageUrl],
    datePublished: article.datePublished.toISOString(),
    inLanguage: article.inLanguage,
    author: organization(article.publisher),
    publisher: organization(article.publisher),
  };
}

/**
 * An award call as an event that runs from its opening to its closing day; applications are sent
 * online from anywhere, so its place is the call's page.
 */
export function awardCallJsonLd(call: {
  name: string;
  description: string;
  url: string;
  startDate: string;
  endDate: string;
  organiser: string;
  inLanguage: string;
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: call.name,
    description: call.description,
    url: call.url,
    startDate: call.startDate,
    endDate: call.endDate,
    inLanguage: call.inLanguage,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: call.url },
    organizer: { '@type': 'Organization', name: call.organiser },
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` are escaped so that no
 * text a person wrote ("</script>") can close the element.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
