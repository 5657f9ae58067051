import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.ts';
import { layoutLadder, type TimelineTemplate } from '../../src/site/ladder-layout.ts';
import { projectRoot } from '../helpers/project.ts';

const library = await loadLibrary(projectRoot);
const stages = library.catalog.ladder.stages;
const templates: TimelineTemplate[] = library.templates.map((t) => ({
  id: t.id,
  title: t.frontmatter.title,
  channel: t.frontmatter.channel,
  stageId: t.stage.id,
  sendOffsetDays: t.frontmatter.sendOffsetDays,
}));

describe('the ladder picture', () => {
  it('has a marker for every scheduled message, in day order, and a lane for every side path', () => {
    const layout = layoutLadder(stages, templates);
    const scheduled = templates.filter((t) => stages.find((s) => s.id === t.stageId)!.kind === 'step');
    expect(layout.markers.map((m) => m.id)).toEqual(scheduled.sort((a, b) => a.sendOffsetDays! - b.sendOffsetDays!).map((t) => t.id));
    expect(layout.markers.map((m) => m.x)).toEqual([...layout.markers.map((m) => m.x)].sort((a, b) => a - b));
    expect(layout.lanes.map((l) => l.stage.id)).toEqual(stages.filter((s) => s.kind === 'side').map((s) => s.id));
  });

  it('moves a message when its template’s send day changes', () => {
    const before = layoutLadder(stages, templates).markers.find((m) => m.id === 'follow-up-15-days')!;
    const moved = templates.map((t) => (t.id === 'follow-up-15-days' ? { ...t, sendOffsetDays: 20 } : t));
    const after = layoutLadder(stages, moved).markers.find((m) => m.id === 'follow-up-15-days')!;
    expect(after.day).toBe(20);
    expect(after.x).toBeGreaterThan(before.x);
  });

  it('keeps every label inside the picture', () => {
    const layout = layoutLadder(stages, templates);
    for (const marker of layout.markers) {
      expect(marker.x).toBeGreaterThanOrEqual(layout.left);
      expect(marker.x).toBeLessThanOrEqual(layout.right);
    }
  });
});
