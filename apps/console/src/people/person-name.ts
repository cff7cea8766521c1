/** The name a person's page and lists show: given and family name, when the details record them. */
export function personName(details: Record<string, unknown> | undefined): string | undefined {
  const parts = [details?.givenName, details?.familyName].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return parts.length ? parts.join(' ') : undefined;
}
