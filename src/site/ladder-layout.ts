import { dayWords } from '../catalog/what-to-send.ts';
import type { Channel, Stage } from '../model/index.ts';

/** What the timeline needs to know of a template. */
export interface TimelineTemplate {
  id: string;
  title: string;
  channel: Channel;
  stageId: string;
  sendOffsetDays?: number | undefined;
}

export interface TimelineMarker {
  id: string;
  /** Short label: the stage name. */
  label: string;
  title: string;
  channel: Channel;
  day: number;
  x: number;
  /** Baseline of the label; labels are staggered over rows so neighbours do not overlap. */
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineLane {
  stage: Stage;
  y: number;
  x1: number;
  x2: number;
  /** The path stays open past the right edge of the chart. */
  open: boolean;
  /** The path starts before the left edge of the chart. */
  earlier: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  left: number;
  right: number;
  ticks: { x: number; day: number }[];
  markers: TimelineMarker[];
  lanes: TimelineLane[];
}

const width = 1000;
const left = 40;
const right = 960;
const labelRows = 3;
const rowHeight = 18;
const laneHeight = 30;

/**
 * Lays out the ladder as a timeline: scheduled messages on an axis of days
 * from the due date, side paths as lanes below it. Computed from the ladder
 * and template data, so the picture moves when a template's send day does.
 */
export function layoutLadder(stages: readonly Stage[], templates: readonly TimelineTemplate[]): TimelineLayout {
  const steps = new Set(stages.filter((s) => s.kind === 'step').map((s) => s.id));
  const scheduled = templates
    .filter((t) => steps.has(t.stageId) && t.sendOffsetDays !== undefined)
    .sort((a, b) => a.sendOffsetDays! - b.sendOffsetDays! || a.title.localeCompare(b.title));
  const days = scheduled.map((t) => t.sendOffsetDays!);
  const minDay = Math.min(-10, ...days) - 3;
  const maxDay = Math.max(90, ...days) + 5;
  const x = (day: number) => left + ((day - minDay) / (maxDay - minDay)) * (right - left);

  const top = 24;
  const axisY = top + labelRows * rowHeight + 24;
  const stageNames = new Map(stages.map((s) => [s.id, s.name]));
  const edge = 90;
  const markers = scheduled.map((t, index): TimelineMarker => {
    const at = x(t.sendOffsetDays!);
    return {
      id: t.id,
      label: stageNames.get(t.stageId) ?? t.title,
      title: t.title,
      channel: t.channel,
      day: t.sendOffsetDays!,
      x: at,
      labelY: top + (index % labelRows) * rowHeight,
      anchor: at < left + edge ? 'start' : at > right - edge ? 'end' : 'middle',
    };
  });

  // A tick under every scheduled message, so each day can be read off directly.
  const ticks = [...new Set(days)].map((day) => ({ x: x(day), day }));

  const firstLane = axisY + 56;
  const lanes = stages
    .filter((s) => s.kind === 'side')
    .map((stage, index) => ({
      stage,
      y: firstLane + index * laneHeight,
      x1: x(Math.max(stage.days.from, minDay)),
      x2: x(Math.min(stage.days.to ?? maxDay, maxDay)),
      open: stage.days.to === undefined,
      earlier: stage.days.from < minDay,
    }));

  return { width, height: firstLane + lanes.length * laneHeight + 10, axisY, left, right, ticks, markers, lanes };
}

/**
 * When a stage applies, in words, from its `days` in content/ladder.yaml:
 * a step is current over its range ("Days 14–29 past due"), a side path can
 * start from a day ("Can start from 15 days past due").
 */
export function describeStageDays(stage: Pick<Stage, 'kind' | 'days'>): string {
  const { from, to } = stage.days;
  if (stage.kind === 'side') {
    const start = `Can start from ${dayWords(from)}`;
    return to === undefined ? start : `${start} until ${dayWords(to)}`;
  }
  if (to === undefined) return `From ${dayWords(from)}`;
  if (to === from) return from === 0 ? 'On the due date' : `On day ${from} (${dayWords(from)})`;
  if (from > 0) return `Days ${from}–${to} past due`;
  if (to < 0) return `${-from} to ${-to} days before the due date`;
  const start = from === 0 ? 'The due date' : `From ${dayWords(from)}`;
  return `${start} to ${dayWords(to)}`;
}
