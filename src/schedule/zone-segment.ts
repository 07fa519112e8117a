// The unit both the generated offset table and the Intl scan describe a zone in.

/** The span of one segment, in seconds: the table and the scan both work a segment at a time. */
export const SEGMENT_SECONDS = 32 * 86400;

export interface Transition {
  /** The instant (unix seconds) at which `offsetAfter` starts. */
  at: number;
  offsetBefore: number;
  offsetAfter: number;
}

/** The offsets of [start, start + SEGMENT_SECONDS): a transition exactly at `start` belongs here. */
export interface Segment {
  start: number;
  offsetAtStart: number;
  transitions: Transition[];
}
