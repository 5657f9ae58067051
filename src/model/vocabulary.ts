/**
 * Closed vocabularies shared by every schema. They are code, not content data,
 * because the validator's logic branches on them; the ladder, fields and
 * notices that use them live in `content/`.
 */

export const jurisdictions = ['US', 'UK', 'EU'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

export function isJurisdiction(value: string): value is Jurisdiction {
  return (jurisdictions as readonly string[]).includes(value);
}

/** Other ways writers write a jurisdiction, for a suggestion: "GB" is the UK, "USA" the US. */
export const jurisdictionAliases: Readonly<Record<string, Jurisdiction>> = { GB: 'UK', 'GREAT BRITAIN': 'UK', 'UNITED KINGDOM': 'UK', ENGLAND: 'UK', USA: 'US', 'UNITED STATES': 'US', EEA: 'EU', EUROPE: 'EU', 'EUROPEAN UNION': 'EU' };

export const jurisdictionNames: Record<Jurisdiction, string> = {
  US: 'United States',
  UK: 'United Kingdom',
  EU: 'European Union',
};

export const channels = ['email', 'letter', 'call-script', 'voicemail'] as const;
export type Channel = (typeof channels)[number];

export const channelNames: Record<Channel, string> = {
  email: 'Email',
  letter: 'Letter',
  'call-script': 'Call script',
  voicemail: 'Voicemail script',
};

/** Whether a channel's messages are read aloud (a call or voicemail script), not sent: the pages call them scripts, not letters. */
export const isScript = (channel: Channel): boolean => channel === 'call-script' || channel === 'voicemail';

/** Channels whose messages a scheduler sends on its own: the sequence rules apply to these. */
export const automatedChannels: readonly Channel[] = ['email', 'letter'];

/** Next steps a letter may only mention from the stage the ladder allows. */
export const escalationTopics = ['interest', 'suspension', 'agency-referral', 'legal-action'] as const;
export type EscalationTopic = (typeof escalationTopics)[number];

export const escalationTopicNames: Record<EscalationTopic, string> = {
  interest: 'Interest or late-payment compensation',
  suspension: 'Suspending supply or service',
  'agency-referral': 'Referral to a collection agency',
  'legal-action': 'Legal action',
};

export const roles = [
  'ar-specialist',
  'collections-lead',
  'credit-manager',
  'controller',
  'compliance-officer',
  'finance-director',
] as const;
export type Role = (typeof roles)[number];

export const roleNames: Record<Role, string> = {
  'ar-specialist': 'AR specialist',
  'collections-lead': 'Collections lead',
  'credit-manager': 'Credit manager',
  controller: 'Controller',
  'compliance-officer': 'Compliance officer',
  'finance-director': 'Finance director',
};

/** A role's name inside a sentence: "the AR specialist", "the collections lead". */
export function roleInText(role: Role): string {
  const name = roleNames[role];
  return /^[A-Z]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

export const tones = ['friendly', 'polite', 'direct', 'formal', 'firm'] as const;
export type Tone = (typeof tones)[number];

export const fieldFormats = ['text', 'multiline', 'date', 'money', 'number', 'percent', 'email', 'phone', 'url'] as const;
export type FieldFormat = (typeof fieldFormats)[number];
