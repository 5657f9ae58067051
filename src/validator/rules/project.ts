import { path } from '#platform';
import { automatedChannels } from '../../model/index.ts';
import { slug } from '../../model/common.ts';
import type { ProjectRule, ProjectTemplate } from '../types.ts';

export const duplicateId: ProjectRule = {
  meta: {
    id: 'duplicate-id',
    name: 'Template ids',
    description: 'Every template has a unique id, and its file is named after it (templates/<id>.mdx).',
    why: 'The id is the template’s address on the site and in AR systems; two templates with one id overwrite each other.',
    source: 'README, Add or change a template.',
    severity: 'error',
    suppressible: false,
    scope: 'project',
    examples: {
      valid: [{ text: 'templates/reminder-7-days.mdx with id: reminder-7-days' }],
      invalid: [{ text: 'templates/reminder-7-days.mdx with id: reminder-7-day', note: 'The id does not match the file name.' }],
    },
  },
  check(templates, _catalog, report) {
    const seen = new Map<string, string>();
    for (const entry of templates) {
      const { id } = entry.template;
      const base = path.basename(entry.file.path, path.extname(entry.file.path));
      const earlier = seen.get(id);
      if (earlier) {
        // Where the file's name is free (a copy named for what it is), that name is the id to take; where the name is the id, the
        // other file is the copy to rename.
        const fix = id === base ? `: give ${earlier} its own id and name its file after it` : `: set id: ${base}`;
        report(entry.file, { reason: `Template id "${id}" is also used by ${earlier}${fix}`, place: entry.places['id'], actual: id, ...(id === base ? {} : { expected: [`id: ${base}`] }) });
      } else if (id !== base) {
        // A file name that is no id ("t with spaces", "T-Upper") cannot be copied into the id: the file is what to rename.
        const named = slug.safeParse(base).success;
        const reason = `Template id "${id}" does not match the file name "${base}"${named ? `: set id: ${base}, or rename the file to ${id}.mdx` : `, which is no id (lower-case letters, digits and hyphens): rename the file to ${id}.mdx`}`;
        report(entry.file, { reason, place: entry.places['id'], actual: id, ...(named ? { expected: [`id: ${base}`] } : {}) });
      }
      seen.set(id, path.basename(entry.file.path));
    }
  },
};

export const duplicateTitle: ProjectRule = {
  meta: {
    id: 'duplicate-title',
    name: 'Template titles',
    description: 'Every template has a title of its own (compared without case, spacing or punctuation).',
    why: 'Staff pick a letter by its title in the library, on the ladder and in search results; two templates with one title cannot be told apart, and the wrong one gets sent.',
    source: 'README, Add or change a template.',
    severity: 'error',
    suppressible: false,
    scope: 'project',
    examples: {
      valid: [{ text: 'First overdue reminder (7 days) and Formal notice of an overdue invoice (30 days)' }],
      invalid: [{ text: 'A new template titled First overdue reminder (7 days) beside reminder-7-days', note: 'Two templates with one title.' }],
    },
  },
  check(templates, _catalog, report) {
    // Compared as a reader tells titles apart: case, spacing, dashes, brackets and stops make no difference.
    const groups = new Map<string, ProjectTemplate[]>();
    for (const entry of templates) {
      const key = entry.template.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    // Every file of a group is reported, each naming the others: which one is the newcomer is for the writer to say.
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const entry of group) {
        // Three names at most: a library of copies with one title would otherwise grow each message with the library.
        const others = group.filter((other) => other !== entry).map((other) => path.basename(other.file.path));
        const named = others.length > 3 ? `${others.slice(0, 3).join(', ')} and ${others.length - 3} more` : others.join(', ');
        report(entry.file, {
          reason: `Template title "${entry.template.title}" is also used by ${named}: give each template a title that says how it differs (its stage, channel or region)`,
          place: entry.places['title'],
          actual: entry.template.title,
        });
      }
    }
  },
};

export const sequence: ProjectRule = {
  meta: {
    id: 'sequence',
    name: 'Contact sequence',
    description: 'Scheduled messages about one invoice are at least the ladder’s minimum gap apart (content/ladder.yaml, minimumGapDays) — templates at one stage are alternatives, so stages are compared — and paths that pause or stop the sequence are never scheduled.',
    why: 'A schedule can harass even if every letter is polite: frequency alone can be unlawful pressure.',
    source: 'Regulation F §1006.14(b) (7 contacts in 7 days; benchmark); UK Administration of Justice Act 1970 s.40(1)(a); content/ladder.yaml.',
    severity: 'error',
    suppressible: false,
    scope: 'project',
    examples: {
      valid: [{ text: 'Reminders on days -7, 0, 7, 15, 30, 45 and 60 with a 7-day minimum gap.' }],
      invalid: [
        { text: 'A reminder on day 7 and another on day 10.', note: 'Three days apart: less than the 7-day minimum.' },
        { text: 'A dispute acknowledgement with sendOffsetDays: 20.', note: 'Disputes pause the sequence; their letters answer the customer, they are not scheduled.' },
      ],
    },
  },
  check(templates, catalog, report) {
    const stages = new Map(catalog.ladder.stages.map((s) => [s.id, s]));
    // Templates at one stage are alternatives (by channel, region or customer): a scheduler sends one of them.
    // So the gap is checked between stages: the latest template of one against the earliest of the next.
    const byStage = new Map<string, ProjectTemplate[]>();
    for (const t of templates) {
      const stage = stages.get(t.template.stage);
      if (stage?.kind !== 'step' || !automatedChannels.includes(t.template.channel) || t.template.sendOffsetDays === undefined) continue;
      byStage.set(stage.id, [...(byStage.get(stage.id) ?? []), t]);
    }
    const day = (t: ProjectTemplate) => t.template.sendOffsetDays!;
    const steps = [...byStage.values()]
      .map((list) => [...list].sort((a, b) => day(a) - day(b) || a.template.id.localeCompare(b.template.id)))
      .sort((a, b) => day(a[0]!) - day(b[0]!));
    const gap = catalog.ladder.minimumGapDays;
    for (let i = 1; i < steps.length; i++) {
      const previous = steps[i - 1]!.reduce((latest, t) => (day(t) > day(latest) ? t : latest));
      const current = steps[i]![0]!;
      const days = day(current) - day(previous);
      if (days < gap) {
        report(current.file, {
          reason: `Sent ${days} day${days === 1 ? '' : 's'} after “${previous.template.title}” (day ${day(previous)}); scheduled messages must be at least ${gap} days apart`,
          place: current.places['sendOffsetDays'],
          actual: String(day(current)),
          expected: [String(day(previous) + gap)],
        });
      }
    }
    for (const entry of templates) {
      const stage = stages.get(entry.template.stage);
      if (stage && stage.sequence !== 'continue' && entry.template.sendOffsetDays !== undefined) {
        report(entry.file, {
          reason: `“${stage.name}” ${stage.sequence === 'stop' ? 'stops' : 'pauses'} the sequence, so its letters are sent when it happens, not on a schedule`,
          place: entry.places['sendOffsetDays'],
          actual: String(entry.template.sendOffsetDays),
          expected: ['Remove sendOffsetDays.'],
        });
      }
    }
  },
};

/** The rules that compare templates with each other, in the order they report. */
export const projectRules: readonly ProjectRule[] = [duplicateId, duplicateTitle, sequence];
