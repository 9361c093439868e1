// Types for journey-fixture.mjs, plain JS so the bench runner reads it in Node without a build; the bare React
// Flow page and the browser tests import the same journeys through these.
import type { Workshop } from "../shared/workshop/model";

export const STAGES: number;
export function journeyFixture(count?: number): {
  stages: { id: string; name: string; position: { x: number; y: number } }[];
  transitions: { id: string; from: string; to: string }[];
};
export function largestJourneyOf(workshop: Workshop): Pick<Workshop, "stages" | "transitions" | "terms">;
